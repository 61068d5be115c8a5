package vn.ocop.market.admin.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PagesController {

	@GetMapping("/")
	String home() {
		return "redirect:/imports";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
