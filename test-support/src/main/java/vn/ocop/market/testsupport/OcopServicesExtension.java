package vn.ocop.market.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves {@link TestDatabase} and {@link TestSearch} parameters, one of each per test
 * class, created on first request.
 */
public class OcopServicesExtension implements ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(OcopServicesExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		Class<?> type = parameter.getParameter().getType();
		return type == TestDatabase.class || type == TestSearch.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		ExtensionContext.Store store = classContext(context).getStore(NAMESPACE);
		if (parameter.getParameter().getType() == TestDatabase.class) {
			return store.computeIfAbsent(TestDatabase.class, (key) -> TestResources.newDatabase(), TestDatabase.class);
		}
		return store.computeIfAbsent(TestSearch.class, (key) -> TestResources.newSearch(), TestSearch.class);
	}

	private static ExtensionContext classContext(ExtensionContext context) {
		ExtensionContext current = context;
		while (current.getTestMethod().isPresent()) {
			current = current.getParent().orElseThrow();
		}
		return current;
	}

}
