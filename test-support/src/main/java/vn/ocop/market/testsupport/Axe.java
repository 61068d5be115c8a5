package vn.ocop.market.testsupport;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * axe-core's WCAG 2.1 A and AA rules on the page as it is now.
 */
public final class Axe {

	public static final List<String> WCAG21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private Axe() {
	}

	/**
	 * The violations, each as its rule, what it asks for and the elements that break it;
	 * empty when the page passes.
	 */
	public static List<String> violations(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(WCAG21_AA).analyze();
		return results.getViolations().stream().map(Axe::describe).toList();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getHelp() + "): "
				+ rule.getNodes()
					.stream()
					.map((node) -> node.getHtml() + " " + node.getFailureSummary())
					.collect(Collectors.joining(" | "));
	}

}
