package vn.ocop.market.admin.locations;

import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import vn.ocop.market.admin.account.Invitations;
import vn.ocop.market.admin.system.Forms;

/**
 * Showroom and fair operators: the office invites them with the same once-only link as
 * producers and assigns them to one or more locations.
 */
@Controller
class OperatorController {

	private final Operators operators;

	private final Locations locations;

	private final Invitations invitations;

	OperatorController(Operators operators, Locations locations, Invitations invitations) {
		this.operators = operators;
		this.locations = locations;
		this.invitations = invitations;
	}

	@GetMapping("/operators")
	Mono<String> list(Model model) {
		model.addAttribute("operators", this.operators.all().collectList());
		model.addAttribute("locations", this.locations.all().filter((l) -> !l.closed()).collectList());
		return Mono.just("locations/operators");
	}

	@PostMapping("/operators")
	Mono<String> invite(ServerWebExchange exchange, Principal principal, Model model) {
		return exchange.getFormData().flatMap((form) -> {
			String email = form.getFirst("email");
			String name = form.getFirst("name");
			Set<Long> chosen = locationIds(form);
			if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || name == null
					|| name.isBlank() || chosen.isEmpty()) {
				Forms.refused(exchange);
				model.addAttribute("inviteError", "operator.invite.invalid");
				return list(model);
			}
			return this.invitations.inviteOperator(email, name, chosen, principal.getName())
				.doOnNext((token) -> model.addAttribute("invitationLink", Invitations.link(exchange, token)))
				.switchIfEmpty(Mono.fromRunnable(() -> {
					Forms.refused(exchange);
					model.addAttribute("inviteError", "operator.invite.taken");
				}))
				.then(list(model));
		});
	}

	@GetMapping("/operators/{id}")
	Mono<String> show(@PathVariable long id, Model model) {
		return this.operators.find(id)
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
			.map((operator) -> {
				model.addAttribute("operator", operator);
				model.addAttribute("locations", this.locations.all().collectList());
				return "locations/operator";
			});
	}

	@PostMapping("/operators/{id}/locations")
	Mono<String> assign(@PathVariable long id, ServerWebExchange exchange) {
		return this.operators.find(id)
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
			.zipWith(exchange.getFormData())
			.flatMap((both) -> this.operators.assign(id, locationIds(both.getT2())))
			.thenReturn("redirect:/operators/" + id + "?saved");
	}

	private static Set<Long> locationIds(MultiValueMap<String, String> form) {
		List<String> values = form.getOrDefault("location", List.of());
		return values.stream().filter((v) -> v.matches("\\d{1,18}")).map(Long::valueOf).collect(Collectors.toSet());
	}

}
