package vn.ocop.market.admin.search;

import java.security.Principal;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "Search index" page: how far behind the index is, what failed, and full reindexes.
 */
@Controller
class SearchIndexController {

	private static final int PARKED_SHOWN = 50;

	private static final int REINDEXES_SHOWN = 5;

	private final SearchIndexRecords records;

	SearchIndexController(SearchIndexRecords records) {
		this.records = records;
	}

	@GetMapping("/search-index")
	Mono<String> show(@RequestParam(required = false) Long retried,
			@RequestParam(required = false) boolean reindexRequested, Model model) {
		model.addAttribute("retried", retried);
		model.addAttribute("reindexRequested", reindexRequested);
		return this.records.backlog()
			.doOnNext((backlog) -> model.addAttribute("backlog", backlog))
			.then(this.records.parked(PARKED_SHOWN).collectList())
			.doOnNext((parked) -> model.addAttribute("parked", parked))
			.then(this.records.reindexes(REINDEXES_SHOWN).collectList())
			.doOnNext((reindexes) -> {
				model.addAttribute("reindexes", reindexes);
				model.addAttribute("reindexActive", reindexes.stream().anyMatch(ReindexRequest::active));
			})
			.thenReturn("search/index");
	}

	@PostMapping("/search-index/parked/{id}/retry")
	Mono<String> retry(@PathVariable long id) {
		return this.records.retry(id).map((count) -> "redirect:/search-index?retried=" + count);
	}

	@PostMapping("/search-index/parked/retry")
	Mono<String> retryAll() {
		return this.records.retry(null).map((count) -> "redirect:/search-index?retried=" + count);
	}

	@PostMapping("/search-index/reindex")
	Mono<String> reindex(Principal principal) {
		return this.records.requestReindex(principal.getName())
			.thenReturn("redirect:/search-index?reindexRequested=true");
	}

}
