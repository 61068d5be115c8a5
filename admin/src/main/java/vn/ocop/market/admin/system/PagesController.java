package vn.ocop.market.admin.system;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PagesController {

	@GetMapping("/")
	String home(Authentication authentication) {
		boolean producer = authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_PRODUCER".equals(authority.getAuthority()));
		return producer ? "redirect:/portal" : "redirect:/imports";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
