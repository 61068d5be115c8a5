package vn.ocop.market.admin.account;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import vn.ocop.market.admin.system.Forms;

/**
 * The public page behind an invitation link: choose a password, once.
 */
@Controller
class InvitationController {

	static final int MIN_PASSWORD = 10;

	private final Invitations invitations;

	InvitationController(Invitations invitations) {
		this.invitations = invitations;
	}

	@GetMapping("/invitations/{token}")
	Mono<String> show(@PathVariable String token, Model model) {
		return this.invitations.state(token).map((state) -> {
			model.addAttribute("state", state);
			return "account/invitation";
		});
	}

	@PostMapping("/invitations/{token}")
	Mono<String> accept(@PathVariable String token, ServerWebExchange exchange, Model model) {
		return exchange.getFormData().flatMap((form) -> {
			String password = form.getFirst("password");
			String error = passwordError(password, form.getFirst("confirmation"));
			if (error != null) {
				Forms.refused(exchange);
				model.addAttribute("error", error);
				return show(token, model);
			}
			return this.invitations.accept(token, password)
				.flatMap((accepted) -> accepted ? Mono.just("redirect:/login?welcome") : show(token, model));
		});
	}

	private static String passwordError(String password, String confirmation) {
		if (password == null || password.length() < MIN_PASSWORD) {
			return "invitation.password.short";
		}
		return password.equals(confirmation) ? null : "invitation.password.mismatch";
	}

}
