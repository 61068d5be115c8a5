package vn.ocop.market.admin.producers;

import java.security.Principal;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import vn.ocop.market.admin.account.Invitations;

/**
 * The office's producer list and each producer's accounts: inviting someone creates a
 * PRODUCER account without a password and shows the link to hand over.
 */
@Controller
class ProducersController {

	private final ProducerDirectory directory;

	private final Invitations invitations;

	ProducersController(ProducerDirectory directory, Invitations invitations) {
		this.directory = directory;
		this.invitations = invitations;
	}

	@GetMapping("/producers")
	Mono<String> list(@RequestParam(name = "q", required = false) String query, Model model) {
		model.addAttribute("q", query);
		return this.directory.search(query).collectList().map((producers) -> {
			model.addAttribute("producers", producers);
			return "producers/list";
		});
	}

	@GetMapping("/producers/{id}")
	Mono<String> show(@PathVariable long id, Model model) {
		return this.directory.find(id)
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
			.flatMap((producer) -> {
				model.addAttribute("producer", producer);
				model.addAttribute("accounts", this.directory.accounts(id).collectList());
				model.addAttribute("products", this.directory.products(id).collectList());
				return Mono.just("producers/show");
			});
	}

	@PostMapping("/producers/{id}/invitations")
	Mono<String> invite(@PathVariable long id, ServerWebExchange exchange, Principal principal, Model model) {
		return exchange.getFormData().flatMap((form) -> {
			String email = form.getFirst("email");
			String name = form.getFirst("name");
			if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || name == null
					|| name.isBlank()) {
				model.addAttribute("inviteError", "producer.invite.invalid");
				return show(id, model);
			}
			return this.directory.find(id)
				.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
				.flatMap((producer) -> this.invitations.inviteProducer(id, email, name, principal.getName()))
				.map((token) -> {
					model.addAttribute("invitationLink", Invitations.link(exchange, token));
					return token;
				})
				.switchIfEmpty(Mono.fromRunnable(() -> model.addAttribute("inviteError", "producer.invite.taken")))
				.then(show(id, model));
		});
	}

}
