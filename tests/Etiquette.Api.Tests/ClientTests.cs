using System.Net;
using Etiquette.Client;
using Etiquette.Core.Serialization;

namespace Etiquette.Api.Tests;

/// <summary>The typed client against the real service in memory, and its retry, timeout and circuit breaker.</summary>
[TestClass]
public sealed class ClientTests
{
    private static ApiFactory _factory = null!;

    public TestContext TestContext { get; set; } = null!;

    [ClassInitialize]
    public static void Start(TestContext _) => _factory = new ApiFactory(Http.KeySettings());

    [ClassCleanup]
    public static void Stop() => _factory.Dispose();

    [TestMethod]
    public async Task Every_call_answers_with_the_shared_wire_types()
    {
        using var client = Client(new Flaky(0));
        var token = TestContext.CancellationToken;

        var lint = await client.LintAsync(new LintRequestBody { Text = "Thx!!" }, token);
        CollectionAssert.AreEqual(new[] { "ETQ202", "ETQ205" }, lint.Diagnostics.Select(d => d.Id).ToArray());

        var batch = await client.LintBatchAsync([new LintRequestBody { Text = "thx" }, new LintRequestBody { Text = "Thanks." }], token);
        Assert.AreEqual(2, batch.Results.Count);

        var fix = await client.FixAsync(new FixRequestBody { Text = "Thx!!", Only = ["ETQ205"] }, token);
        Assert.AreEqual("Thx!", fix.Text);

        var rules = await client.GetRulesAsync(token);
        Assert.IsTrue(rules.Any(r => r.Id == "ETQ202"));

        var receipt = await client.SendFeedbackAsync(new FeedbackRequestBody { RuleId = "ETQ202", Span = new SpanModel(0, 3), Action = "accepted" }, token);
        Assert.IsTrue(receipt.Id > 0);
    }

    [TestMethod]
    public async Task A_refusal_carries_the_problem_details()
    {
        using var client = Client(new Flaky(0));
        var refused = await Assert.ThrowsExactlyAsync<EtiquetteApiException>(() =>
            client.LintAsync(new LintRequestBody { Text = "hi", Profile = "loud" }, TestContext.CancellationToken));
        Assert.AreEqual(400, refused.Status);
        Assert.AreEqual("profile", refused.Problem?.Field);
        StringAssert.Contains(refused.Message, "loud");

        using var anonymous = Client(new Flaky(0), key: null);
        Assert.AreEqual(401, (await Assert.ThrowsExactlyAsync<EtiquetteApiException>(() => anonymous.GetRulesAsync(TestContext.CancellationToken))).Status);
    }

    [TestMethod]
    public async Task Idempotent_calls_are_retried_and_feedback_is_not()
    {
        var flaky = new Flaky(failures: 2);
        using var client = Client(flaky);
        var lint = await client.LintAsync(new LintRequestBody { Text = "thx" }, TestContext.CancellationToken);
        Assert.AreEqual("ETQ202", lint.Diagnostics.Single().Id);
        Assert.AreEqual(3, flaky.Calls);

        var once = new Flaky(failures: 1);
        using var feedbackClient = Client(once);
        var failed = await Assert.ThrowsExactlyAsync<EtiquetteApiException>(() => feedbackClient.SendFeedbackAsync(
            new FeedbackRequestBody { RuleId = "ETQ202", Span = new SpanModel(0, 3), Action = "accepted" }, TestContext.CancellationToken));
        Assert.AreEqual(503, failed.Status);
        Assert.AreEqual(1, once.Calls, "feedback is sent once");
    }

    [TestMethod]
    public async Task A_slow_service_times_out()
    {
        using var client = Client(new Flaky(0, delay: TimeSpan.FromSeconds(5)), timeout: TimeSpan.FromMilliseconds(100), retries: 0);
        var started = System.Diagnostics.Stopwatch.StartNew();
        await Assert.ThrowsExactlyAsync<EtiquetteUnavailableException>(() => client.GetRulesAsync(TestContext.CancellationToken));
        Assert.IsTrue(started.Elapsed < TimeSpan.FromSeconds(3));
    }

    [TestMethod]
    public async Task Repeated_failures_open_the_circuit()
    {
        var failing = new Flaky(failures: int.MaxValue);
        using var client = Client(failing, retries: 0, minimumThroughput: 2);
        for (var i = 0; i < 2; i++)
            await Assert.ThrowsExactlyAsync<EtiquetteApiException>(() => client.GetRulesAsync(TestContext.CancellationToken));

        var open = await Assert.ThrowsExactlyAsync<EtiquetteUnavailableException>(() => client.GetRulesAsync(TestContext.CancellationToken));
        Assert.IsInstanceOfType<Polly.CircuitBreaker.BrokenCircuitException>(open.InnerException);
        Assert.AreEqual(2, failing.Calls, "an open circuit sends nothing");
    }

    private EtiquetteClient Client(Flaky handler, string? key = Http.AgentKey, TimeSpan? timeout = null, int retries = 3, int minimumThroughput = 10)
    {
        handler.InnerHandler = _factory.Server.CreateHandler();
        return new EtiquetteClient(new HttpClient(handler), new EtiquetteClientOptions
        {
            BaseAddress = new Uri("http://localhost/"),
            ApiKey = key,
            Timeout = timeout ?? TimeSpan.FromSeconds(10),
            MaxRetries = retries,
            RetryDelay = TimeSpan.FromMilliseconds(10),
            MinimumThroughput = minimumThroughput,
            BreakDuration = TimeSpan.FromMinutes(1),
        });
    }

    /// <summary>Answers 503 to the first <paramref name="failures"/> requests, then passes them on (after <paramref name="delay"/>).</summary>
    private sealed class Flaky(int failures, TimeSpan delay = default) : DelegatingHandler
    {
        public int Calls;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref Calls) <= failures)
                return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("""{ "status": 503, "title": "Unavailable" }""") };
            if (delay > TimeSpan.Zero) await Task.Delay(delay, cancellationToken);
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
