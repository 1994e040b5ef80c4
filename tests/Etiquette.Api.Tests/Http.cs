using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Etiquette.Api.Tests;

/// <summary>Requests as a client writes them, and checks of the problem details every failure must carry.</summary>
public static class Http
{
    public const string AgentKey = "agent-key-for-tests";
    public const string TrainerKey = "trainer-key-for-tests";
    public const string AdminKey = "admin-key-for-tests";

    /// <summary>Settings with one key of each role, as <c>etiquette keys create</c> would print them.</summary>
    public static Dictionary<string, string?> KeySettings(bool withAgentKey = true)
    {
        var settings = new Dictionary<string, string?>();
        var keys = new List<(string Name, string Role, string Key)> { ("trainer-1", "trainer", TrainerKey), ("admin-1", "admin", AdminKey) };
        if (withAgentKey) keys.Add(("agent-1", "agent", AgentKey));
        for (var i = 0; i < keys.Count; i++)
        {
            settings[$"Etiquette:ApiKeys:{i}:Name"] = keys[i].Name;
            settings[$"Etiquette:ApiKeys:{i}:Role"] = keys[i].Role;
            settings[$"Etiquette:ApiKeys:{i}:Sha256"] = Core.Access.ApiKeys.Hash(keys[i].Key);
        }

        return settings;
    }

    public static Task<HttpResponseMessage> PostJson(this HttpClient client, string path, string json, string? key = null) =>
        client.Send(HttpMethod.Post, path, new StringContent(json, Encoding.UTF8, "application/json"), key);

    public static Task<HttpResponseMessage> Get(this HttpClient client, string path, string? key = null) =>
        client.Send(HttpMethod.Get, path, null, key);

    public static Task<HttpResponseMessage> Send(this HttpClient client, HttpMethod method, string path, HttpContent? content, string? key = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return client.SendAsync(request);
    }

    public static async Task<JsonElement> Json(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(expected, response.StatusCode, body);
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>Asserts an RFC 9457 answer with <paramref name="status"/>; returns it for further checks.</summary>
    public static async Task<JsonElement> Problem(this HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(status, response.StatusCode, body);
        Assert.AreEqual("application/problem+json", response.Content.Headers.ContentType?.MediaType, body);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.AreEqual((int)status, problem.GetProperty("status").GetInt32(), body);
        Assert.IsTrue(problem.TryGetProperty("title", out _), body);
        if (field is not null) Assert.AreEqual(field, problem.GetProperty("field").GetString(), body);
        return problem;
    }

    public static ByteArrayContent RawJson(byte[] bytes, string mediaType = "application/json") =>
        new(bytes) { Headers = { ContentType = new MediaTypeHeaderValue(mediaType) } };

    public static string[] Ids(this JsonElement lintResponse) =>
        lintResponse.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToArray();
}
