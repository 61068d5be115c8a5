package vn.ocop.market.testsupport;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * In-process stand-in for the parts of Stripe's API that a hosted-Checkout integration
 * uses, speaking Stripe's wire format (form-encoded requests, JSON responses, Stripe
 * error envelopes, Idempotency-Key replay, Stripe-Signature webhooks). Plain JDK (and
 * {@link #configure} for Spring tests); binds 127.0.0.1 on a free port.
 *
 * <pre>
 *   POST /v1/checkout/sessions                create (honours Idempotency-Key)
 *   GET  /v1/checkout/sessions/{id}           retrieve
 *   POST /v1/checkout/sessions/{id}/expire    expire an open session
 *   POST /v1/refunds                          refund (payment_intent | charge, optional amount)
 *   GET  /v1/refunds/{id}                     retrieve refund
 *   GET  /v1/payment_intents/{id}             retrieve payment intent (after completion)
 *   GET  /pay/{id}                            fake hosted checkout page (HTML)
 *   POST /pay/{id}/complete                   "customer pays": completes, optionally delivers the
 *                                             webhook, then 303 to success_url
 *   GET  /pay/{id}/cancel                     303 to cancel_url
 * </pre>
 *
 * Test-side controls: {@link #completeSession}, {@link #expireSessionNow},
 * {@link #event}, {@link #sign}, {@link #signStale}, {@link #signForged},
 * {@link #deliver}, {@link #failNext}, {@link #requests}.
 */
public final class StripeStub implements AutoCloseable {

	/**
	 * Stripe.API_VERSION of stripe-java 31.0.0. Events must carry this to deserialize
	 * "safely".
	 */
	public static final String DEFAULT_API_VERSION = "2025-11-17.clover";

	/**
	 * The test secret key the apps are given, sent back by our client as its bearer.
	 */
	public static final String SECRET_KEY = "sk_test_ocop";

	// ---------------------------------------------------------------------------------------------
	// Public value types

	/** One HTTP request as received by the stub. Header names are lower-cased. */
	public static final class RecordedRequest {

		public final String method;

		public final String path;

		public final String query;

		public final Map<String, String> headers;

		public final String body;

		/**
		 * Flattened form fields, e.g.
		 * {@code line_items[0][price_data][unit_amount] -> 150000}.
		 */
		public final Map<String, String> form;

		RecordedRequest(String method, String path, String query, Map<String, String> headers, String body,
				Map<String, String> form) {
			this.method = method;
			this.path = path;
			this.query = query;
			this.headers = headers;
			this.body = body;
			this.form = form;
		}

		public String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}

		@Override
		public String toString() {
			return method + " " + path + (query == null ? "" : "?" + query) + " " + form;
		}

	}

	/** A webhook body plus the Stripe-Signature header value for it. */
	public static final class SignedEvent {

		public final String eventId;

		public final String type;

		public final String payload;

		public final String signatureHeader;

		SignedEvent(String eventId, String type, String payload, String signatureHeader) {
			this.eventId = eventId;
			this.type = type;
			this.payload = payload;
			this.signatureHeader = signatureHeader;
		}

		/**
		 * Same payload, header re-signed by the given function (e.g. stub::signStale).
		 */
		public SignedEvent withHeader(String header) {
			return new SignedEvent(eventId, type, payload, header);
		}

	}

	private static final class Failure {

		final String method;

		final Pattern path;

		final int status;

		final String body;

		Failure(String method, Pattern path, int status, String body) {
			this.method = method;
			this.path = path;
			this.status = status;
			this.body = body;
		}

	}

	private static final class Reply {

		final int status;

		final String body;

		final boolean replayed;

		Reply(int status, String body) {
			this(status, body, false);
		}

		Reply(int status, String body, boolean replayed) {
			this.status = status;
			this.body = body;
			this.replayed = replayed;
		}

	}

	private static final class Idem {

		final String fingerprint;

		final Reply reply;

		Idem(String fingerprint, Reply reply) {
			this.fingerprint = fingerprint;
			this.reply = reply;
		}

	}

	/** Thrown inside handlers to produce a Stripe error envelope. */
	private static final class StripeError extends RuntimeException {

		final int status;

		final String type;

		final String code;

		final String param;

		StripeError(int status, String type, String code, String param, String message) {
			super(message);
			this.status = status;
			this.type = type;
			this.code = code;
			this.param = param;
		}

	}

	// ---------------------------------------------------------------------------------------------
	// State

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private final String webhookSecret;

	private final HttpServer server;

	private final ExecutorService executor;

	private final HttpClient webhookClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Map<String, Map<String, Object>> sessions = new LinkedHashMap<>();

	private final Map<String, Map<String, Object>> paymentIntents = new LinkedHashMap<>();

	private final Map<String, Map<String, Object>> refunds = new LinkedHashMap<>();

	private final Map<String, String> chargeToPaymentIntent = new LinkedHashMap<>();

	private final Map<String, Idem> idempotency = new ConcurrentHashMap<>();

	private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());

	private final Deque<Failure> failures = new ArrayDeque<>();

	private volatile String eventApiVersion = DEFAULT_API_VERSION;

	private volatile String expectedApiKey; // null = accept any sk_test_/rk_test_ key

	private volatile boolean validateExpiresAt = true;

	private volatile URI webhookTarget; // where /pay/{id}/complete delivers events; null
										// = none

	public StripeStub(String webhookSecret) {
		this(webhookSecret, 0);
	}

	public StripeStub(String webhookSecret, int port) {
		this.webhookSecret = webhookSecret;
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot bind stub", e);
		}
		this.executor = Executors.newFixedThreadPool(4, r -> {
			Thread t = new Thread(r, "stripe-stub");
			t.setDaemon(true);
			return t;
		});
		server.setExecutor(executor);
		server.createContext("/", this::handle);
	}

	public StripeStub start() {
		server.start();
		return this;
	}

	/**
	 * e.g. {@code http://127.0.0.1:43127} (no trailing slash) - pass to
	 * setApiBase/overrideApiBase.
	 */
	public String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	public int port() {
		return server.getAddress().getPort();
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}

	// ---------------------------------------------------------------------------------------------
	// Configuration

	public StripeStub expectApiKey(String key) {
		this.expectedApiKey = key;
		return this;
	}

	public StripeStub eventApiVersion(String v) {
		this.eventApiVersion = v;
		return this;
	}

	/**
	 * Stripe requires expires_at to be 30 min .. 24 h after creation; turn off to allow
	 * anything.
	 */
	public StripeStub validateExpiresAt(boolean on) {
		this.validateExpiresAt = on;
		return this;
	}

	/** URL of the application's webhook endpoint, used by the fake pay page. */
	public StripeStub webhookTarget(URI target) {
		this.webhookTarget = target;
		return this;
	}

	public String webhookSecret() {
		return webhookSecret;
	}

	/**
	 * Points an app's {@code ocop.stripe.*} at this stub, for a test's
	 * {@code @DynamicPropertySource}.
	 */
	public void configure(DynamicPropertyRegistry registry) {
		registry.add("ocop.stripe.secret-key", () -> SECRET_KEY);
		registry.add("ocop.stripe.webhook-secret", this::webhookSecret);
		registry.add("ocop.stripe.api-base", this::baseUrl);
	}

	/**
	 * Make the next request matching method + path regex fail with a Stripe error
	 * envelope. Note: stripe-java retries 409 and 5xx (and connection errors) up to
	 * maxNetworkRetries times with the same Idempotency-Key; queue several failures or
	 * set maxNetworkRetries(0) in tests.
	 */
	public synchronized StripeStub failNext(String method, String pathRegex, int status, String type, String code,
			String message) {
		failures.add(new Failure(method, Pattern.compile(pathRegex), status, errorJson(type, code, null, message)));
		return this;
	}

	// ---------------------------------------------------------------------------------------------
	// Inspection

	public List<RecordedRequest> requests() {
		synchronized (requests) {
			return new ArrayList<>(requests);
		}
	}

	public List<RecordedRequest> requests(String method, String pathPrefix) {
		List<RecordedRequest> out = new ArrayList<>();
		for (RecordedRequest r : requests()) {
			if (r.method.equals(method) && r.path.startsWith(pathPrefix)) {
				out.add(r);
			}
		}
		return out;
	}

	public RecordedRequest lastRequest() {
		synchronized (requests) {
			return requests.isEmpty() ? null : requests.get(requests.size() - 1);
		}
	}

	public void clearRequests() {
		requests.clear();
	}

	public synchronized int sessionCount() {
		return sessions.size();
	}

	/** Deep copy of the session as the API would return it, or null. */
	public synchronized Map<String, Object> session(String id) {
		Map<String, Object> s = sessions.get(id);
		return s == null ? null : deepCopy(s);
	}

	public synchronized String sessionJson(String id) {
		Map<String, Object> s = requireSession(id);
		return toJson(s);
	}

	public synchronized List<Map<String, Object>> refundsFor(String paymentIntentId) {
		List<Map<String, Object>> out = new ArrayList<>();
		for (Map<String, Object> r : refunds.values()) {
			if (paymentIntentId.equals(r.get("payment_intent"))) {
				out.add(deepCopy(r));
			}
		}
		return out;
	}

	// ---------------------------------------------------------------------------------------------
	// Test-side state transitions

	/**
	 * Simulate the customer paying: status=complete, payment_status=paid, a PaymentIntent
	 * and Charge are created. Returns the payment intent id ({@code pi_...}).
	 */
	public synchronized String completeSession(String id) {
		Map<String, Object> s = requireSession(id);
		if (!"open".equals(s.get("status"))) {
			throw new IllegalStateException("session " + id + " is " + s.get("status"));
		}
		String pi = "pi_" + rand(24);
		String ch = "ch_" + rand(24);
		long amount = ((Number) s.get("amount_total")).longValue();
		Map<String, Object> intent = new LinkedHashMap<>();
		intent.put("id", pi);
		intent.put("object", "payment_intent");
		intent.put("amount", amount);
		intent.put("amount_received", amount);
		intent.put("currency", s.get("currency"));
		intent.put("created", now());
		intent.put("latest_charge", ch);
		intent.put("livemode", false);
		intent.put("metadata", new LinkedHashMap<String, Object>());
		intent.put("status", "succeeded");
		paymentIntents.put(pi, intent);
		chargeToPaymentIntent.put(ch, pi);

		s.put("status", "complete");
		s.put("payment_status", "paid");
		s.put("payment_intent", pi);
		s.put("url", null); // Stripe nulls url once the session is no longer open
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("address", null);
		details.put("email", s.get("customer_email"));
		details.put("name", null);
		details.put("phone", null);
		details.put("tax_exempt", "none");
		details.put("tax_ids", new ArrayList<>());
		s.put("customer_details", details);
		return pi;
	}

	/**
	 * Simulate Stripe expiring the session by timeout (what produces
	 * checkout.session.expired).
	 */
	public synchronized void expireSessionNow(String id) {
		Map<String, Object> s = requireSession(id);
		if (!"open".equals(s.get("status"))) {
			throw new IllegalStateException("session " + id + " is " + s.get("status"));
		}
		s.put("status", "expired");
		s.put("url", null);
	}

	// ---------------------------------------------------------------------------------------------
	// Webhooks

	/**
	 * Build an event whose data.object is the current state of the session, e.g.
	 * {@code event("checkout.session.completed", id)} after {@link #completeSession}.
	 */
	public synchronized SignedEvent event(String type, String sessionId) {
		return eventFor(type, requireSession(sessionId));
	}

	/** Build an event around any object map (must contain "object", e.g. "refund"). */
	public synchronized SignedEvent eventFor(String type, Map<String, Object> dataObject) {
		String id = "evt_" + rand(24);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("object", deepCopy(dataObject));
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("id", null);
		request.put("idempotency_key", null);
		Map<String, Object> e = new LinkedHashMap<>();
		e.put("id", id);
		e.put("object", "event");
		e.put("api_version", eventApiVersion);
		e.put("created", now());
		e.put("data", data);
		e.put("livemode", false);
		e.put("pending_webhooks", 1);
		e.put("request", request);
		e.put("type", type);
		String payload = toJson(e);
		return new SignedEvent(id, type, payload, sign(payload));
	}

	/**
	 * {@code t=<now>,v1=<hex HMAC-SHA256(secret, "<t>.<payload>")>} exactly as Stripe
	 * signs.
	 */
	public String sign(String payload) {
		return sign(payload, now());
	}

	public String sign(String payload, long unixSeconds) {
		return "t=" + unixSeconds + ",v1=" + hmacSha256Hex(webhookSecret, unixSeconds + "." + payload);
	}

	/** Valid HMAC, but timestamp 10 minutes old (outside the default 300 s tolerance). */
	public String signStale(String payload) {
		return sign(payload, now() - 600);
	}

	/** Correct format and fresh timestamp, but signed with a different secret. */
	public String signForged(String payload) {
		long t = now();
		return "t=" + t + ",v1=" + hmacSha256Hex(webhookSecret + "_forged", t + "." + payload);
	}

	/**
	 * POST the event to the application like Stripe does (JSON body, Stripe-Signature
	 * header). Returns the HTTP status the application answered with.
	 */
	public int deliver(URI target, SignedEvent event) {
		HttpRequest req = HttpRequest.newBuilder(target)
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json; charset=utf-8")
			.header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
			.header("Stripe-Signature", event.signatureHeader)
			.POST(HttpRequest.BodyPublishers.ofString(event.payload, StandardCharsets.UTF_8))
			.build();
		try {
			return webhookClient.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException e) {
			throw new IllegalStateException("webhook delivery to " + target + " failed", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public static String hmacSha256Hex(String key, String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] h = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
			StringBuilder sb = new StringBuilder(h.length * 2);
			for (byte b : h) {
				sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
			}
			return sb.toString();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	// ---------------------------------------------------------------------------------------------
	// HTTP dispatch

	private static final Pattern SESSION = Pattern.compile("^/v1/checkout/sessions/([^/]+)$");

	private static final Pattern SESSION_EXPIRE = Pattern.compile("^/v1/checkout/sessions/([^/]+)/expire$");

	private static final Pattern REFUND = Pattern.compile("^/v1/refunds/([^/]+)$");

	private static final Pattern PAYMENT_INTENT = Pattern.compile("^/v1/payment_intents/([^/]+)$");

	private static final Pattern PAY = Pattern.compile("^/pay/([^/]+)(/complete|/cancel)?$");

	private void handle(HttpExchange ex) throws IOException {
		try {
			String method = ex.getRequestMethod();
			String path = ex.getRequestURI().getPath();
			String query = ex.getRequestURI().getRawQuery();
			String body = readAll(ex.getRequestBody());
			Map<String, String> headers = new TreeMap<>();
			for (Map.Entry<String, List<String>> h : ex.getRequestHeaders().entrySet()) {
				headers.put(h.getKey().toLowerCase(Locale.ROOT), String.join(",", h.getValue()));
			}
			Map<String, String> form = new LinkedHashMap<>();
			if (query != null) {
				form.putAll(parseForm(query));
			}
			if (!body.isEmpty() && "POST".equals(method)) {
				form.putAll(parseForm(body));
			}
			requests.add(new RecordedRequest(method, path, query, Collections.unmodifiableMap(headers), body,
					Collections.unmodifiableMap(form)));

			if (path.startsWith("/pay/")) {
				handlePayPage(ex, method, path);
				return;
			}
			Reply reply = api(method, path, headers, form);
			sendJson(ex, reply, headers);
		}
		catch (RuntimeException e) {
			sendJson(ex, new Reply(500, errorJson("api_error", null, null, "stub failure: " + e)), Map.of());
		}
		finally {
			ex.close();
		}
	}

	private synchronized Reply api(String method, String path, Map<String, String> headers, Map<String, String> form) {
		// 1. auth (Stripe checks auth before anything else)
		String auth = headers.get("authorization");
		String key = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : null;
		boolean keyOk = key != null && (expectedApiKey != null ? expectedApiKey.equals(key)
				: key.startsWith("sk_test_") || key.startsWith("rk_test_"));
		if (!keyOk) {
			return new Reply(401, errorJson("invalid_request_error", null, null,
					key == null ? "You did not provide an API key." : "Invalid API Key provided: " + mask(key)));
		}
		// 2. injected failures
		for (java.util.Iterator<Failure> it = failures.iterator(); it.hasNext();) {
			Failure f = it.next();
			if (f.method.equals(method) && f.path.matcher(path).matches()) {
				it.remove();
				return new Reply(f.status, f.body);
			}
		}
		// 3. idempotency (POST only, like Stripe)
		String idemKey = headers.get("idempotency-key");
		String fingerprint = method + " " + path + " " + new TreeMap<>(form);
		if ("POST".equals(method) && idemKey != null) {
			Idem prior = idempotency.get(idemKey);
			if (prior != null) {
				if (!prior.fingerprint.equals(fingerprint)) {
					return new Reply(400,
							errorJson("idempotency_error", null, null,
									"Keys for idempotent requests can only be used with the same parameters they were"
											+ " first used with. Try using a key other than '" + idemKey
											+ "' if you meant to execute a different request."));
				}
				return new Reply(prior.reply.status, prior.reply.body, true);
			}
		}
		Reply reply;
		try {
			reply = route(method, path, form);
		}
		catch (StripeError e) {
			reply = new Reply(e.status, errorJson(e.type, e.code, e.param, e.getMessage()));
		}
		if ("POST".equals(method) && idemKey != null && reply.status < 500) {
			idempotency.putIfAbsent(idemKey, new Idem(fingerprint, reply));
		}
		return reply;
	}

	private Reply route(String method, String path, Map<String, String> form) {
		Matcher m;
		if (path.equals("/v1/checkout/sessions") && method.equals("POST")) {
			return ok(createSession(form));
		}
		if ((m = SESSION_EXPIRE.matcher(path)).matches() && method.equals("POST")) {
			Map<String, Object> s = sessionOr404(m.group(1));
			if (!"open".equals(s.get("status"))) {
				throw new StripeError(400, "invalid_request_error", null, null,
						"Only Checkout Sessions with a status in [\"open\"] can be expired.");
			}
			s.put("status", "expired");
			s.put("url", null);
			return ok(s);
		}
		if ((m = SESSION.matcher(path)).matches() && method.equals("GET")) {
			return ok(sessionOr404(m.group(1)));
		}
		if (path.equals("/v1/refunds") && method.equals("POST")) {
			return ok(createRefund(form));
		}
		if ((m = REFUND.matcher(path)).matches() && method.equals("GET")) {
			Map<String, Object> r = refunds.get(m.group(1));
			if (r == null) {
				throw missing("refund", m.group(1), "id");
			}
			return ok(r);
		}
		if ((m = PAYMENT_INTENT.matcher(path)).matches() && method.equals("GET")) {
			Map<String, Object> pi = paymentIntents.get(m.group(1));
			if (pi == null) {
				throw missing("payment_intent", m.group(1), "intent");
			}
			return ok(pi);
		}
		throw new StripeError(404, "invalid_request_error", null, null,
				"Unrecognized request URL (" + method + ": " + path + ").");
	}

	// ---------------------------------------------------------------------------------------------
	// Resources

	private Map<String, Object> createSession(Map<String, String> f) {
		String mode = f.get("mode");
		if (mode == null) {
			throw missingParam("mode");
		}
		if (!mode.equals("payment")) {
			throw new StripeError(400, "invalid_request_error", null, "mode", "stub only supports mode=payment");
		}
		String uiMode = f.getOrDefault("ui_mode", "hosted");
		if (uiMode.equals("hosted") && f.get("success_url") == null) {
			throw missingParam("success_url");
		}
		long total = 0;
		String currency = null;
		int n = 0;
		for (int i = 0; hasPrefix(f, "line_items[" + i + "]"); i++, n++) {
			String p = "line_items[" + i + "]";
			if (f.get(p + "[price]") != null) {
				throw new StripeError(400, "invalid_request_error", "resource_missing", p + "[price]",
						"No such price: '" + f.get(p + "[price]") + "'");
			}
			String qty = f.get(p + "[quantity]");
			if (qty == null) {
				throw missingParam(p + "[quantity]");
			}
			String cur = f.get(p + "[price_data][currency]");
			if (cur == null) {
				throw missingParam(p + "[price_data][currency]");
			}
			if (f.get(p + "[price_data][product_data][name]") == null && f.get(p + "[price_data][product]") == null) {
				throw missingParam(p + "[price_data][product_data][name]");
			}
			String unit = f.get(p + "[price_data][unit_amount]");
			if (unit == null) {
				unit = f.get(p + "[price_data][unit_amount_decimal]");
			}
			if (unit == null) {
				throw missingParam(p + "[price_data][unit_amount]");
			}
			if (currency != null && !currency.equals(cur)) {
				throw new StripeError(400, "invalid_request_error", null, p + "[price_data][currency]",
						"All line items must use the same currency.");
			}
			currency = cur.toLowerCase(Locale.ROOT);
			long q = parseLong(qty, p + "[quantity]");
			long u;
			try {
				u = new java.math.BigDecimal(unit).longValueExact(); // zero-decimal:
																		// whole units
																		// only
			}
			catch (ArithmeticException | NumberFormatException e) {
				throw new StripeError(400, "invalid_request_error", "parameter_invalid_integer",
						p + "[price_data][unit_amount]", "Invalid integer: " + unit);
			}
			if (q < 1) {
				throw new StripeError(400, "invalid_request_error", null, p + "[quantity]",
						"This value must be greater than or equal to 1.");
			}
			if (u < 0) {
				throw new StripeError(400, "invalid_request_error", null, p + "[price_data][unit_amount]",
						"This value must be greater than or equal to 0.");
			}
			total += q * u;
		}
		if (n == 0) {
			throw new StripeError(400, "invalid_request_error", "parameter_missing", "line_items",
					"You must provide at least one line item.");
		}
		long created = now();
		long expiresAt = created + 24 * 3600;
		if (f.get("expires_at") != null) {
			expiresAt = parseLong(f.get("expires_at"), "expires_at");
			if (validateExpiresAt && (expiresAt < created + 30 * 60 - 5 || expiresAt > created + 24 * 3600 + 5)) {
				throw new StripeError(400, "invalid_request_error", null, "expires_at",
						"The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout"
								+ " Session creation.");
			}
		}
		String id = "cs_test_" + rand(56);
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("id", id);
		s.put("object", "checkout.session");
		s.put("amount_subtotal", total);
		s.put("amount_total", total);
		Map<String, Object> tax = new LinkedHashMap<>();
		tax.put("enabled", false);
		tax.put("liability", null);
		tax.put("status", null);
		s.put("automatic_tax", tax);
		s.put("cancel_url", f.get("cancel_url"));
		s.put("client_reference_id", f.get("client_reference_id"));
		s.put("client_secret", null);
		s.put("created", created);
		s.put("currency", currency);
		s.put("customer", null);
		s.put("customer_details", null);
		s.put("customer_email", f.get("customer_email"));
		s.put("expires_at", expiresAt);
		s.put("livemode", false);
		s.put("locale", f.get("locale"));
		s.put("metadata", subMap(f, "metadata"));
		s.put("mode", mode);
		s.put("payment_intent", null);
		s.put("payment_link", null);
		List<Object> pmTypes = new ArrayList<>();
		for (int i = 0; f.get("payment_method_types[" + i + "]") != null; i++) {
			pmTypes.add(f.get("payment_method_types[" + i + "]"));
		}
		if (pmTypes.isEmpty()) {
			pmTypes.add("card"); // dynamic payment methods: Stripe decides; card is
									// always there in test
		}
		s.put("payment_method_types", pmTypes);
		s.put("payment_status", "unpaid");
		s.put("setup_intent", null);
		s.put("status", "open");
		s.put("submit_type", f.get("submit_type"));
		s.put("subscription", null);
		s.put("success_url", f.get("success_url"));
		Map<String, Object> totals = new LinkedHashMap<>();
		totals.put("amount_discount", 0L);
		totals.put("amount_shipping", 0L);
		totals.put("amount_tax", 0L);
		s.put("total_details", totals);
		s.put("ui_mode", uiMode);
		s.put("url", uiMode.equals("hosted") ? baseUrl() + "/pay/" + id : null);
		sessions.put(id, s);
		return s;
	}

	private Map<String, Object> createRefund(Map<String, String> f) {
		String pi = f.get("payment_intent");
		String ch = f.get("charge");
		if (pi == null && ch == null) {
			throw new StripeError(400, "invalid_request_error", "parameter_missing", null,
					"One of the following params should be provided for this request: payment_intent or" + " charge.");
		}
		if (pi == null) {
			pi = chargeToPaymentIntent.get(ch);
			if (pi == null) {
				throw missing("charge", ch, "charge");
			}
		}
		Map<String, Object> intent = paymentIntents.get(pi);
		if (intent == null) {
			throw missing("payment_intent", pi, "payment_intent");
		}
		long captured = ((Number) intent.get("amount_received")).longValue();
		long already = 0;
		for (Map<String, Object> r : refunds.values()) {
			if (pi.equals(r.get("payment_intent")) && "succeeded".equals(r.get("status"))) {
				already += ((Number) r.get("amount")).longValue();
			}
		}
		long remaining = captured - already;
		if (remaining <= 0) {
			throw new StripeError(400, "invalid_request_error", "charge_already_refunded", null,
					"Charge " + intent.get("latest_charge") + " has already been refunded.");
		}
		long amount = f.get("amount") == null ? remaining : parseLong(f.get("amount"), "amount");
		if (amount <= 0) {
			throw new StripeError(400, "invalid_request_error", null, "amount",
					"This value must be greater than or equal to 1.");
		}
		if (amount > remaining) {
			throw new StripeError(400, "invalid_request_error", "amount_too_large", "amount",
					"Refund amount (" + amount + " " + intent.get("currency") + ") is greater than"
							+ " unrefunded amount on charge (" + remaining + " " + intent.get("currency") + ")");
		}
		Map<String, Object> r = new LinkedHashMap<>();
		String id = "re_" + rand(24);
		r.put("id", id);
		r.put("object", "refund");
		r.put("amount", amount);
		r.put("balance_transaction", "txn_" + rand(24));
		r.put("charge", intent.get("latest_charge"));
		r.put("created", now());
		r.put("currency", intent.get("currency"));
		r.put("metadata", subMap(f, "metadata"));
		r.put("payment_intent", pi);
		r.put("reason", f.get("reason"));
		r.put("receipt_number", null);
		r.put("source_transfer_reversal", null);
		r.put("status", "succeeded");
		r.put("transfer_reversal", null);
		refunds.put(id, r);
		return r;
	}

	// ---------------------------------------------------------------------------------------------
	// Fake hosted checkout page

	private void handlePayPage(HttpExchange ex, String method, String path) throws IOException {
		Matcher m = PAY.matcher(path);
		Map<String, Object> s;
		synchronized (this) {
			s = m.matches() ? sessions.get(m.group(1)) : null;
		}
		if (s == null) {
			sendHtml(ex, 404, "<h1>Không tìm thấy phiên thanh toán</h1>");
			return;
		}
		String id = m.group(1);
		String action = m.group(2);
		if (action == null && method.equals("GET")) {
			boolean open = "open".equals(s.get("status"));
			sendHtml(ex, open ? 200 : 410,
					"<h1>Stripe stub checkout</h1><p id=\"amount\">" + s.get("amount_total") + " " + s.get("currency")
							+ "</p><p id=\"status\">" + s.get("status") + "</p>"
							+ (open ? "<form method=\"post\" action=\"/pay/" + id + "/complete\">"
									+ "<button id=\"pay\" type=\"submit\">Pay</button></form>"
									+ "<a id=\"cancel\" href=\"/pay/" + id + "/cancel\">Cancel</a>" : ""));
			return;
		}
		if ("/complete".equals(action) && method.equals("POST")) {
			try {
				completeSession(id);
			}
			catch (IllegalStateException e) {
				sendHtml(ex, 409, "<h1>" + e.getMessage() + "</h1>");
				return;
			}
			URI target = webhookTarget;
			if (target != null) {
				deliver(target, event("checkout.session.completed", id));
			}
			redirect(ex, String.valueOf(s.get("success_url")).replace("{CHECKOUT_SESSION_ID}", id));
			return;
		}
		if ("/cancel".equals(action) && method.equals("GET")) {
			redirect(ex, String.valueOf(s.get("cancel_url")).replace("{CHECKOUT_SESSION_ID}", id));
			return;
		}
		sendHtml(ex, 405, "<h1>method not allowed</h1>");
	}

	// ---------------------------------------------------------------------------------------------
	// Helpers

	private Reply ok(Map<String, Object> obj) {
		return new Reply(200, toJson(obj));
	}

	private Map<String, Object> requireSession(String id) {
		Map<String, Object> s = sessions.get(id);
		if (s == null) {
			throw new IllegalArgumentException("no such session " + id);
		}
		return s;
	}

	private Map<String, Object> sessionOr404(String id) {
		Map<String, Object> s = sessions.get(id);
		if (s == null) {
			throw missing("checkout.session", id, "session");
		}
		return s;
	}

	private static StripeError missing(String what, String id, String param) {
		return new StripeError(404, "invalid_request_error", "resource_missing", param,
				"No such " + what + ": '" + id + "'");
	}

	private static StripeError missingParam(String param) {
		return new StripeError(400, "invalid_request_error", "parameter_missing", param,
				"Missing required param: " + param + ".");
	}

	private static long parseLong(String v, String param) {
		try {
			return Long.parseLong(v);
		}
		catch (NumberFormatException e) {
			throw new StripeError(400, "invalid_request_error", "parameter_invalid_integer", param,
					"Invalid integer: " + v);
		}
	}

	private static boolean hasPrefix(Map<String, String> f, String prefix) {
		for (String k : f.keySet()) {
			if (k.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	/** {@code metadata[a]=1&metadata[b]=2} -> {a=1,b=2}. */
	private static Map<String, Object> subMap(Map<String, String> f, String name) {
		Map<String, Object> out = new LinkedHashMap<>();
		String p = name + "[";
		for (Map.Entry<String, String> e : f.entrySet()) {
			String k = e.getKey();
			if (k.startsWith(p) && k.endsWith("]") && k.indexOf('[', p.length()) < 0) {
				out.put(k.substring(p.length(), k.length() - 1), e.getValue());
			}
		}
		return out;
	}

	static Map<String, String> parseForm(String s) {
		Map<String, String> out = new LinkedHashMap<>();
		for (String pair : s.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
			String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
			out.put(k, v);
		}
		return out;
	}

	private static String readAll(InputStream in) throws IOException {
		return new String(in.readAllBytes(), StandardCharsets.UTF_8);
	}

	private void sendJson(HttpExchange ex, Reply reply, Map<String, String> reqHeaders) throws IOException {
		Headers h = ex.getResponseHeaders();
		h.set("Content-Type", "application/json");
		h.set("Request-Id", "req_" + rand(14));
		h.set("Stripe-Version", reqHeaders.getOrDefault("stripe-version", DEFAULT_API_VERSION));
		if (reqHeaders.get("idempotency-key") != null) {
			h.set("Idempotency-Key", reqHeaders.get("idempotency-key"));
		}
		if (reply.replayed) {
			h.set("Idempotent-Replayed", "true");
		}
		byte[] b = reply.body.getBytes(StandardCharsets.UTF_8);
		ex.sendResponseHeaders(reply.status, b.length);
		try (OutputStream os = ex.getResponseBody()) {
			os.write(b);
		}
	}

	private static void sendHtml(HttpExchange ex, int status, String inner) throws IOException {
		byte[] b = ("<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><body>" + inner + "</body></html>")
			.getBytes(StandardCharsets.UTF_8);
		ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
		ex.sendResponseHeaders(status, b.length);
		try (OutputStream os = ex.getResponseBody()) {
			os.write(b);
		}
	}

	private static void redirect(HttpExchange ex, String location) throws IOException {
		ex.getResponseHeaders().set("Location", location);
		ex.sendResponseHeaders(303, -1);
	}

	static String errorJson(String type, String code, String param, String message) {
		Map<String, Object> err = new LinkedHashMap<>();
		if (code != null) {
			err.put("code", code);
			err.put("doc_url", "https://stripe.com/docs/error-codes/" + code.replace('_', '-'));
		}
		err.put("message", message);
		if (param != null) {
			err.put("param", param);
		}
		err.put("request_log_url", null);
		err.put("type", type);
		return toJson(Map.of("error", err));
	}

	private static String mask(String key) {
		return key.length() <= 12 ? key
				: key.substring(0, 8) + "*".repeat(key.length() - 12) + key.substring(key.length() - 4);
	}

	static long now() {
		return System.currentTimeMillis() / 1000L;
	}

	static String rand(int n) {
		StringBuilder sb = new StringBuilder(n);
		for (int i = 0; i < n; i++) {
			sb.append(ALNUM.charAt(RANDOM.nextInt(ALNUM.length())));
		}
		return sb.toString();
	}

	@SuppressWarnings("unchecked")
	private static <T> T deepCopy(T v) {
		if (v instanceof Map) {
			Map<String, Object> out = new LinkedHashMap<>();
			for (Map.Entry<String, Object> e : ((Map<String, Object>) v).entrySet()) {
				out.put(e.getKey(), deepCopy(e.getValue()));
			}
			return (T) out;
		}
		if (v instanceof List) {
			List<Object> out = new ArrayList<>();
			for (Object o : (List<Object>) v) {
				out.add(deepCopy(o));
			}
			return (T) out;
		}
		return v;
	}

	/** Minimal JSON writer: Map, List, String, Number, Boolean, null. */
	public static String toJson(Object v) {
		StringBuilder sb = new StringBuilder();
		writeJson(sb, v);
		return sb.toString();
	}

	@SuppressWarnings("unchecked")
	private static void writeJson(StringBuilder sb, Object v) {
		if (v == null) {
			sb.append("null");
		}
		else if (v instanceof String) {
			sb.append('"');
			String s = (String) v;
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				switch (c) {
					case '"':
						sb.append("\\\"");
						break;
					case '\\':
						sb.append("\\\\");
						break;
					case '\n':
						sb.append("\\n");
						break;
					case '\r':
						sb.append("\\r");
						break;
					case '\t':
						sb.append("\\t");
						break;
					default:
						if (c < 0x20) {
							sb.append(String.format("\\u%04x", (int) c));
						}
						else {
							sb.append(c);
						}
				}
			}
			sb.append('"');
		}
		else if (v instanceof Number || v instanceof Boolean) {
			sb.append(v);
		}
		else if (v instanceof Map) {
			sb.append('{');
			boolean first = true;
			for (Map.Entry<String, Object> e : ((Map<String, Object>) v).entrySet()) {
				if (!first) {
					sb.append(',');
				}
				first = false;
				writeJson(sb, e.getKey());
				sb.append(':');
				writeJson(sb, e.getValue());
			}
			sb.append('}');
		}
		else if (v instanceof List) {
			sb.append('[');
			boolean first = true;
			for (Object o : (List<Object>) v) {
				if (!first) {
					sb.append(',');
				}
				first = false;
				writeJson(sb, o);
			}
			sb.append(']');
		}
		else {
			writeJson(sb, v.toString());
		}
	}

	/**
	 * Form-encode a flat map the way stripe-java does (handy for raw-HTTP tests of the
	 * stub).
	 */
	public static String formEncode(Map<String, String> flat) {
		StringBuilder sb = new StringBuilder();
		for (Map.Entry<String, String> e : flat.entrySet()) {
			if (sb.length() > 0) {
				sb.append('&');
			}
			sb.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
		}
		return sb.toString();
	}

}
