using System.Net;
using System.Text;
using System.Text.Json;

namespace Etiquette.Api.Tests;

/// <summary>Everything a client can send wrong gets a 4xx with problem details naming the field; never a 500.</summary>
[TestClass]
public sealed class BadRequestTests
{
    private static ApiFactory _factory = null!;
    private static HttpClient _client = null!;

    [ClassInitialize]
    public static void Start(TestContext _)
    {
        _factory = new ApiFactory();
        _client = _factory.CreateClient();
    }

    [ClassCleanup]
    public static void Stop() => _factory.Dispose();

    [TestMethod]
    [DataRow("{ \"text\": ", "text", DisplayName = "truncated JSON")]
    [DataRow("{ text: 'hi' }", "$", DisplayName = "not JSON")]
    [DataRow("{}", "text", DisplayName = "no text")]
    [DataRow("{ \"text\": null }", "text", DisplayName = "null text")]
    [DataRow("{ \"text\": 42 }", "text", DisplayName = "number text")]
    [DataRow("{ \"text\": [\"hi\"] }", "text", DisplayName = "array text")]
    [DataRow("null", "$", DisplayName = "null body")]
    [DataRow("[]", "$", DisplayName = "array body")]
    [DataRow("\"hi\"", "$", DisplayName = "string body")]
    [DataRow("", "$", DisplayName = "empty body")]
    [DataRow("{ \"text\": \"hi\", \"profile\": \"loud\" }", "profile", DisplayName = "unknown profile")]
    [DataRow("{ \"text\": \"hi\", \"profile\": 7 }", "profile", DisplayName = "number profile")]
    [DataRow("{ \"text\": \"hi\", \"suppress\": [\"ETQ999\"] }", "suppress", DisplayName = "unknown rule id")]
    [DataRow("{ \"text\": \"hi\", \"suppress\": [null] }", "suppress", DisplayName = "null rule id")]
    [DataRow("{ \"text\": \"hi\", \"suppress\": \"ETQ202\" }", "suppress", DisplayName = "suppress not a list")]
    [DataRow("{ \"text\": \"hi\", \"conversation\": { \"messages\": [{ \"role\": \"bot\", \"text\": \"x\" }] } }", "conversation.messages[0].role", DisplayName = "bad role")]
    [DataRow("{ \"text\": \"hi\", \"conversation\": { \"messages\": [{ \"role\": \"agent\" }] } }", "conversation.messages[0].text", DisplayName = "message without text")]
    public async Task Lint_refuses_a_bad_body_naming_the_field(string body, string field)
    {
        var problem = await (await _client.PostJson("/v1/lint", body)).Problem(HttpStatusCode.BadRequest, field);
        Assert.IsFalse(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [TestMethod]
    public async Task Missing_text_says_so()
    {
        var problem = await (await _client.PostJson("/v1/lint", "{}")).Problem(HttpStatusCode.BadRequest, "text");
        Assert.AreEqual("text is required and must be a string.", problem.GetProperty("detail").GetString());
    }

    [TestMethod]
    public async Task Invalid_utf8_is_refused()
    {
        byte[] body = [.. "{ \"text\": \""u8, 0xC3, 0x28, .. "\" }"u8];
        var problem = await (await _client.Send(HttpMethod.Post, "/v1/lint", Http.RawJson(body))).Problem(HttpStatusCode.BadRequest, "$");
        StringAssert.Contains(problem.GetProperty("detail").GetString(), "UTF-8");
    }

    [TestMethod]
    public async Task A_byte_order_mark_is_accepted()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. "{ \"text\": \"thx\" }"u8];
        var response = await (await _client.Send(HttpMethod.Post, "/v1/lint", Http.RawJson(body))).Json();
        CollectionAssert.AreEqual(new[] { "ETQ202" }, response.Ids());
    }

    [TestMethod]
    public async Task Deeply_nested_json_is_refused()
    {
        var nested = new string('[', 10_000) + new string(']', 10_000);
        await (await _client.PostJson("/v1/lint", $"{{ \"text\": \"hi\", \"extra\": {nested} }}")).Problem(HttpStatusCode.BadRequest);
        await (await _client.PostJson("/v1/lint", nested)).Problem(HttpStatusCode.BadRequest, "$");
    }

    [TestMethod]
    [DataRow("text/plain")]
    [DataRow("application/x-www-form-urlencoded")]
    [DataRow("application/xml")]
    public async Task Another_media_type_is_415(string mediaType)
    {
        var content = new StringContent("{ \"text\": \"hi\" }", Encoding.UTF8, mediaType);
        var problem = await (await _client.Send(HttpMethod.Post, "/v1/lint", content)).Problem(HttpStatusCode.UnsupportedMediaType);
        Assert.AreEqual("Send the body as application/json.", problem.GetProperty("detail").GetString());
    }

    [TestMethod]
    public async Task No_media_type_is_415()
    {
        var content = new ByteArrayContent("{ \"text\": \"hi\" }"u8.ToArray());
        await (await _client.Send(HttpMethod.Post, "/v1/lint", content)).Problem(HttpStatusCode.UnsupportedMediaType);
    }

    [TestMethod]
    public async Task A_body_over_64_KiB_is_413()
    {
        var padding = new string(' ', 64 * 1024);
        await (await _client.PostJson("/v1/lint", $"{{ \"text\": \"hi\" {padding}}}")).Problem(HttpStatusCode.RequestEntityTooLarge);
    }

    [TestMethod]
    public async Task A_body_of_unknown_length_over_64_KiB_is_413()
    {
        var content = new UnknownLengthContent(Encoding.UTF8.GetBytes($"{{ \"text\": \"{new string('a', 70_000)}\" }}"));
        await (await _client.Send(HttpMethod.Post, "/v1/lint", content)).Problem(HttpStatusCode.RequestEntityTooLarge);
    }

    [TestMethod]
    public async Task A_draft_over_20000_characters_is_413_naming_text()
    {
        await (await _client.PostJson("/v1/lint", JsonSerializer.Serialize(new { text = new string('a', 20_001) })))
            .Problem(HttpStatusCode.RequestEntityTooLarge, "text");
        await (await _client.PostJson("/v1/lint", JsonSerializer.Serialize(new { text = new string('a', 20_000) }))).Json();
    }

    [TestMethod]
    public async Task A_batch_over_100_drafts_is_413()
    {
        var drafts = Enumerable.Range(0, 101).Select(_ => new { text = "hi" });
        await (await _client.PostJson("/v1/lint/batch", JsonSerializer.Serialize(new { drafts }))).Problem(HttpStatusCode.RequestEntityTooLarge, "drafts");
    }

    [TestMethod]
    [DataRow("{}", "drafts")]
    [DataRow("{ \"drafts\": 3 }", "drafts")]
    [DataRow("{ \"drafts\": [ { \"text\": \"ok\" }, null ] }", "drafts[1]")]
    [DataRow("{ \"drafts\": [ { \"text\": \"ok\" }, { \"profile\": \"formal\" } ] }", "drafts[1].text")]
    [DataRow("{ \"drafts\": [ { \"text\": \"ok\", \"profile\": \"loud\" } ] }", "drafts[0].profile")]
    [DataRow("{ \"drafts\": [ { \"text\": \"ok\", \"suppress\": [\"ETQ000\"] } ] }", "drafts[0].suppress")]
    public async Task A_bad_batch_names_the_draft_and_field(string body, string field) =>
        await (await _client.PostJson("/v1/lint/batch", body)).Problem(HttpStatusCode.BadRequest, field);

    [TestMethod]
    [DataRow("{ \"text\": \"thx\", \"only\": [\"ETQ999\"] }", "only")]
    [DataRow("{ \"text\": \"thx\", \"only\": \"ETQ202\" }", "only")]
    [DataRow("{ \"only\": [\"ETQ202\"] }", "text")]
    public async Task Fix_refuses_a_bad_body_naming_the_field(string body, string field) =>
        await (await _client.PostJson("/v1/fix", body)).Problem(HttpStatusCode.BadRequest, field);

    [TestMethod]
    public async Task An_unknown_route_is_a_404_problem() =>
        await (await _client.Get("/v1/nothing")).Problem(HttpStatusCode.NotFound);

    [TestMethod]
    public async Task A_wrong_method_is_a_405_problem() =>
        await (await _client.Get("/v1/lint")).Problem(HttpStatusCode.MethodNotAllowed);

    [TestMethod]
    public async Task Random_bodies_never_get_a_500()
    {
        var random = new Random(4);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            if (i % 2 == 0 && bytes.Length > 2) { bytes[0] = (byte)'{'; bytes[^1] = (byte)'}'; }
            foreach (var path in new[] { "/v1/lint", "/v1/lint/batch", "/v1/fix", "/v1/feedback" })
            {
                var response = await _client.Send(HttpMethod.Post, path, Http.RawJson(bytes));
                Assert.IsTrue((int)response.StatusCode is >= 400 and < 500, $"{path}: {response.StatusCode} for {Convert.ToHexString(bytes)}");
                Assert.AreEqual("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }
    }

    /// <summary>A body sent without Content-Length, so the limit must be found while reading.</summary>
    private sealed class UnknownLengthContent : HttpContent
    {
        private readonly byte[] _bytes;

        public UnknownLengthContent(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
