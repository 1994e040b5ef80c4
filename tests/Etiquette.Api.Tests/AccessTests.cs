using System.Net;

namespace Etiquette.Api.Tests;

/// <summary>API keys by role, open agent endpoints on loopback only, rate limits per key or address, and CORS.</summary>
[TestClass]
public sealed class AccessTests
{
    private const string Lint = "/v1/lint";
    private const string LintBody = """{ "text": "thx" }""";

    [TestMethod]
    [DataRow(null, HttpStatusCode.Unauthorized, DisplayName = "agent endpoint, no key")]
    [DataRow("not-a-key", HttpStatusCode.Unauthorized, DisplayName = "agent endpoint, unknown key")]
    [DataRow(Http.AgentKey, HttpStatusCode.OK, DisplayName = "agent endpoint, agent key")]
    [DataRow(Http.TrainerKey, HttpStatusCode.OK, DisplayName = "agent endpoint, trainer key")]
    [DataRow(Http.AdminKey, HttpStatusCode.OK, DisplayName = "agent endpoint, admin key")]
    public async Task Agent_endpoints_need_an_agent_or_higher_key_once_agent_keys_exist(string? key, HttpStatusCode status)
    {
        using var factory = new ApiFactory(Http.KeySettings());
        var client = factory.CreateClient();
        foreach (var response in new[]
                 {
                     await client.PostJson(Lint, LintBody, key),
                     await client.PostJson("/v1/lint/batch", """{ "drafts": [] }""", key),
                     await client.PostJson("/v1/fix", LintBody, key),
                     await client.Get("/v1/rules", key),
                     await client.Get("/v1/profiles", key),
                     await client.Get("/v1/profiles/default", key),
                     await client.PostJson("/v1/feedback", """{ "ruleId": "ETQ202", "span": { "start": 0, "length": 3 }, "action": "accepted" }""", key),
                 })
        {
            if (status == HttpStatusCode.OK) Assert.IsTrue(response.IsSuccessStatusCode, $"{response.RequestMessage!.RequestUri}: {response.StatusCode}");
            else await response.Problem(status);
        }
    }

    [TestMethod]
    [DataRow(null, HttpStatusCode.Unauthorized, DisplayName = "trainer endpoint, no key")]
    [DataRow("not-a-key", HttpStatusCode.Unauthorized, DisplayName = "trainer endpoint, unknown key")]
    [DataRow(Http.AgentKey, HttpStatusCode.Forbidden, DisplayName = "trainer endpoint, agent key")]
    [DataRow(Http.TrainerKey, HttpStatusCode.NotImplemented, DisplayName = "trainer endpoint, trainer key")]
    [DataRow(Http.AdminKey, HttpStatusCode.NotImplemented, DisplayName = "trainer endpoint, admin key")]
    public async Task Training_needs_a_trainer_key_and_is_not_implemented_yet(string? key, HttpStatusCode status)
    {
        using var factory = new ApiFactory(Http.KeySettings());
        var problem = await (await factory.CreateClient().PostJson("/v1/models/train", "{}", key)).Problem(status);
        if (status == HttpStatusCode.Unauthorized) Assert.IsTrue(problem.GetProperty("detail").GetString()!.Contains("X-Api-Key"));
    }

    [TestMethod]
    public async Task A_401_says_how_to_authenticate()
    {
        using var factory = new ApiFactory(Http.KeySettings());
        var response = await factory.CreateClient().PostJson(Lint, LintBody);
        Assert.AreEqual("ApiKey header=\"X-Api-Key\"", response.Headers.WwwAuthenticate.ToString());
        var problem = await response.Problem(HttpStatusCode.Unauthorized);
        Assert.AreEqual("This endpoint needs an API key in the X-Api-Key header.", problem.GetProperty("detail").GetString());
    }

    [TestMethod]
    public async Task Agent_endpoints_are_open_on_loopback_while_no_agent_key_is_configured()
    {
        using var factory = new ApiFactory(Http.KeySettings(withAgentKey: false));
        var client = factory.CreateClient();

        await (await client.PostJson(Lint, LintBody)).Json();
        await (await client.Get("/v1/rules")).Json();
        await (await client.PostJson(Lint, LintBody, "not-a-key")).Problem(HttpStatusCode.Unauthorized);
        await (await client.PostJson("/v1/models/train", "{}")).Problem(HttpStatusCode.Unauthorized);
        await (await client.Get("/v1/feedback")).Problem(HttpStatusCode.Unauthorized);
    }

    [TestMethod]
    [DataRow("http://0.0.0.0:5080")]
    [DataRow("http://*:5080")]
    [DataRow("http://localhost:5080;http://192.0.2.10:5080")]
    public async Task Agent_endpoints_need_a_key_when_the_service_listens_beyond_loopback(string urls)
    {
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["urls"] = urls });
        await (await factory.CreateClient().PostJson(Lint, LintBody)).Problem(HttpStatusCode.Unauthorized);
    }

    [TestMethod]
    [DataRow("http://localhost:5080", true)]
    [DataRow("http://127.0.0.1:5080", true)]
    [DataRow("http://[::1]:5080", true)]
    [DataRow("https://127.0.0.2", true)]
    [DataRow("http://0.0.0.0:5080", false)]
    [DataRow("http://[::]:5080", false)]
    [DataRow("http://+:80", false)]
    [DataRow("http://example.org:5080", false)]
    public void Loopback_addresses_are_recognised(string address, bool loopback) =>
        Assert.AreEqual(loopback, Security.ListeningAddresses.IsLoopback(address));

    [TestMethod]
    public async Task The_rate_limit_answers_429_with_retry_after_per_key()
    {
        var settings = Http.KeySettings();
        settings["Etiquette:RateLimit:PermitLimit"] = "3";
        settings["Etiquette:RateLimit:Window"] = "00:10:00";
        using var factory = new ApiFactory(settings);
        var client = factory.CreateClient();

        for (var i = 0; i < 3; i++) await (await client.PostJson(Lint, LintBody, Http.AgentKey)).Json();
        var limited = await client.PostJson(Lint, LintBody, Http.AgentKey);
        var retryAfter = limited.Headers.RetryAfter?.Delta;
        var problem = await limited.Problem(HttpStatusCode.TooManyRequests);
        Assert.IsTrue(retryAfter > TimeSpan.Zero && retryAfter <= TimeSpan.FromMinutes(10), $"Retry-After: {retryAfter}");
        StringAssert.Contains(problem.GetProperty("detail").GetString(), "try again");

        await (await client.Get("/v1/rules", Http.TrainerKey)).Json();
        await (await client.Get("/health/live")).Json();
    }

    [TestMethod]
    public async Task Without_a_key_the_rate_limit_is_per_address()
    {
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["Etiquette:RateLimit:PermitLimit"] = "2", ["Etiquette:RateLimit:Window"] = "00:10:00" });
        var client = factory.CreateClient();
        await (await client.PostJson(Lint, LintBody)).Json();
        await (await client.Get("/v1/rules")).Json();
        await (await client.Get("/v1/profiles")).Problem(HttpStatusCode.TooManyRequests);
    }

    [TestMethod]
    public async Task Cors_allows_only_the_configured_origins()
    {
        const string extension = "chrome-extension://abcdefghijklmnopabcdefghijklmnop";
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["Etiquette:CorsOrigins:0"] = extension });
        var client = factory.CreateClient();

        var preflight = await Preflight(client, extension);
        Assert.AreEqual(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.AreEqual(extension, preflight.Headers.GetValues("Access-Control-Allow-Origin").Single());
        StringAssert.Contains(string.Join(",", preflight.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant(), "x-api-key");

        var other = await Preflight(client, "https://evil.example");
        Assert.IsFalse(other.Headers.Contains("Access-Control-Allow-Origin"));

        var request = new HttpRequestMessage(HttpMethod.Post, Lint) { Content = new StringContent(LintBody, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("Origin", extension);
        var response = await client.SendAsync(request);
        Assert.AreEqual(extension, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [TestMethod]
    public async Task Without_configured_origins_no_cors_headers_are_sent()
    {
        using var factory = new ApiFactory();
        var preflight = await Preflight(factory.CreateClient(), "chrome-extension://abcdefghijklmnopabcdefghijklmnop");
        Assert.IsFalse(preflight.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static Task<HttpResponseMessage> Preflight(HttpClient client, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, Lint);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key");
        return client.SendAsync(request);
    }
}
