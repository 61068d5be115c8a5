package vn.ocop.market.admin.system;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PagesController {

	private final LoginThrottle.Properties login;

	PagesController(LoginThrottle.Properties login) {
		this.login = login;
	}

	@GetMapping("/")
	String home(Authentication authentication) {
		if (has(authentication, "ROLE_PRODUCER")) {
			return "redirect:/portal";
		}
		return has(authentication, "ROLE_OPERATOR") ? "redirect:/stock" : "redirect:/dashboard";
	}

	private static boolean has(Authentication authentication, String role) {
		return authentication.getAuthorities().stream().anyMatch((authority) -> role.equals(authority.getAuthority()));
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("lockoutMinutes", this.login.lockout().toMinutes());
		return "login";
	}

}
