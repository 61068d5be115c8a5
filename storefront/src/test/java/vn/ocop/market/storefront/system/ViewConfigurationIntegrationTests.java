package vn.ocop.market.storefront.system;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.view.reactive.ThymeleafReactiveView;
import org.thymeleaf.spring6.view.reactive.ThymeleafReactiveViewResolver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.reactive.result.view.RedirectView;
import org.springframework.web.reactive.result.view.View;

import vn.ocop.market.storefront.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ViewConfigurationIntegrationTests {

	private static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	ApplicationContext context;

	@Autowired
	ThymeleafReactiveViewResolver resolver;

	@Test
	void theOnlyThymeleafResolverIsTheOneThatKeepsItsViews() {
		assertThat(this.context.getBeansOfType(ThymeleafReactiveViewResolver.class)).hasSize(1);
		assertThat(this.resolver).isInstanceOf(ViewConfiguration.CachedViews.class);
	}

	@Test
	void aTemplatesViewIsMadeOncePerLanguage() {
		View first = this.resolver.resolveViewName("search/listing", VI).block();
		assertThat(first).isInstanceOf(ThymeleafReactiveView.class);
		assertThat(this.resolver.resolveViewName("search/listing", VI).block()).isSameAs(first);
		View english = this.resolver.resolveViewName("search/listing", Locale.ENGLISH).block();
		assertThat(english).isInstanceOf(ThymeleafReactiveView.class).isNotSameAs(first);
		assertThat(this.resolver.resolveViewName("search/listing", Locale.ENGLISH).block()).isSameAs(english);
	}

	@Test
	void redirectsAreMadeForEachAddress() {
		View first = this.resolver.resolveViewName("redirect:/gio-hang", VI).block();
		assertThat(first).isInstanceOf(RedirectView.class);
		assertThat(this.resolver.resolveViewName("redirect:/gio-hang", VI).block()).isNotSameAs(first);
	}

}
