using System.Net;
using Npgsql;

namespace Etiquette.Api.Tests;

/// <summary>
/// The PostgreSQL store, against the throwaway server that <c>./test.sh</c> starts and names in
/// <c>ETIQUETTE_TEST_POSTGRES</c>. Under CI a missing server is a failure, not a skip.
/// </summary>
[TestClass]
public sealed class PostgresTests
{
    public const string Variable = "ETIQUETTE_TEST_POSTGRES";

    [TestMethod]
    public async Task Feedback_is_stored_in_postgresql_and_survives_a_restart()
    {
        var settings = Settings();
        var comment = "postgres run " + Guid.NewGuid().ToString("N");
        var body = $$"""{ "ruleId": "ETQ205", "span": { "start": 4, "length": 2 }, "action": "accepted", "comment": "{{comment}}", "text": "Hi!! there" }""";

        long id;
        using (var first = new ApiFactory(settings))
        {
            var client = first.CreateClient();
            var ready = await (await client.Get("/health/ready")).Json();
            Assert.AreEqual("postgresql", ready.GetProperty("storage").GetProperty("provider").GetString());
            Assert.IsTrue(ready.GetProperty("storage").GetProperty("reachable").GetBoolean());
            id = (await (await client.PostJson("/v1/feedback", body, Http.AgentKey)).Json(HttpStatusCode.Created)).GetProperty("id").GetInt64();
        }

        using var second = new ApiFactory(settings);
        var items = (await (await second.CreateClient().Get("/v1/feedback?ruleId=ETQ205&limit=500", Http.TrainerKey)).Json()).GetProperty("items");
        var item = items.EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == id);
        Assert.AreEqual(comment, item.GetProperty("comment").GetString());
        Assert.AreEqual("Hi!! there", item.GetProperty("text").GetString());
        Assert.AreEqual(4, item.GetProperty("span").GetProperty("start").GetInt32());
        Assert.IsTrue(DateTimeOffset.UtcNow - item.GetProperty("receivedAt").GetDateTimeOffset() < TimeSpan.FromMinutes(5));
    }

    [TestMethod]
    public async Task Connections_cut_by_the_server_are_replaced_by_a_retry()
    {
        var settings = Settings();
        using var factory = new ApiFactory(settings);
        var client = factory.CreateClient();
        await (await client.Get("/health/ready")).Json();

        var dataSource = (Storage.PostgresFeedbackDatabase)factory.Services.GetService(typeof(Storage.FeedbackDatabase))!;
        Assert.IsTrue(dataSource.IsTransient(new NpgsqlException("connection reset", new IOException())), "a dropped connection is retried");
        await using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable(Variable));
        await admin.OpenAsync();
        await using var terminate = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND datname = current_database()", admin);
        await terminate.ExecuteNonQueryAsync();

        var ready = await (await client.Get("/health/ready")).Json();
        Assert.IsTrue(ready.GetProperty("storage").GetProperty("reachable").GetBoolean(), "the retry opens a fresh connection after the old ones were cut");
    }

    private static Dictionary<string, string?> Settings()
    {
        var connection = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(connection))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                Assert.Fail($"{Variable} is not set: ./test.sh starts a PostgreSQL server for these tests.");
            Assert.Inconclusive($"{Variable} is not set; run ./test.sh to test against PostgreSQL.");
        }

        var settings = Http.KeySettings();
        // No provider is named: a connection string with a Host is PostgreSQL's.
        settings["Etiquette:Storage:ConnectionString"] = connection;
        return settings;
    }
}
