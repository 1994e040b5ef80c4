using System.Text.Json;

namespace Etiquette.Api.Tests;

/// <summary>Without a usable classifier the service answers from the rules alone, says <c>degraded</c>, and says why.</summary>
[TestClass]
public sealed class DegradedModeTests
{
    private const string Draft = """{ "text": "Thx for waiting. Your refund is done." }""";

    [TestMethod]
    public async Task A_working_model_answers_with_its_version_and_classification()
    {
        var classifier = FakeModels.Working();
        using var service = Service(classifier, FakeModels.ValidModel);
        var client = service.Factory.CreateClient();

        var response = await (await client.PostJson("/v1/lint", Draft)).Json();
        var model = response.GetProperty("model");
        Assert.IsFalse(model.GetProperty("degraded").GetBoolean());
        Assert.AreEqual(FakeModels.Version, model.GetProperty("version").GetString());
        Assert.AreEqual("polite", response.GetProperty("classification").GetProperty("tone").GetProperty("label").GetString());
        CollectionAssert.AreEqual(new[] { "ETQ202" }, response.Ids());

        var ready = await (await client.Get("/health/ready")).Json();
        Assert.AreEqual("ready", ready.GetProperty("status").GetString());
        Assert.AreEqual(FakeModels.Version, ready.GetProperty("model").GetProperty("version").GetString());
    }

    [TestMethod]
    public async Task A_missing_model_file_leaves_the_rules_alone()
    {
        using var factory = new ApiFactory();
        await AssertDegraded(factory.CreateClient(), "There is no model file at");
    }

    [TestMethod]
    public async Task A_corrupt_model_file_leaves_the_rules_alone()
    {
        using var service = Service(FakeModels.Working(), "PK\u0003\u0004 not really a model");
        await AssertDegraded(service.Factory.CreateClient(), "was rejected (the archive's manifest is unreadable)");
    }

    [TestMethod]
    public async Task The_shipped_model_loads_and_classifies()
    {
        var shipped = Path.Combine(Etiquette.Tests.RepositoryPaths.Root, "models", "etiquette-model.zip");
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["Etiquette:ModelPath"] = shipped });
        var client = factory.CreateClient();

        var response = await (await client.PostJson("/v1/lint", """{ "text": "Whatever. Not my problem, you should have read the email." }""")).Json();
        Assert.IsFalse(response.GetProperty("model").GetProperty("degraded").GetBoolean());
        Assert.AreEqual("rude", response.GetProperty("classification").GetProperty("tone").GetProperty("label").GetString());
        CollectionAssert.Contains(response.Ids().ToList(), "ETQ101");
    }

    [TestMethod]
    public async Task A_damaged_real_model_file_is_rejected_with_the_reason()
    {
        var shipped = File.ReadAllBytes(Path.Combine(Etiquette.Tests.RepositoryPaths.Root, "models", "etiquette-model.zip"));
        using var folder = new ModelFolder("");
        File.WriteAllBytes(folder.ModelPath, shipped[..(shipped.Length / 2)]);
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["Etiquette:ModelPath"] = folder.ModelPath });
        await AssertDegraded(factory.CreateClient(), "was rejected");
    }

    [TestMethod]
    public async Task A_throwing_classifier_leaves_the_rules_alone()
    {
        using var service = Service(FakeModels.Throwing(), FakeModels.ValidModel);
        await AssertDegraded(service.Factory.CreateClient(), "The classifier failed (InvalidOperationException)");
        Assert.IsFalse(service.Factory.Logs.Any(l => l.Contains("the weights are gone")), "the exception's message may quote the draft: not logged");
    }

    [TestMethod]
    public async Task A_classifier_slower_than_the_timeout_leaves_the_rules_alone()
    {
        var slow = FakeModels.Slow();
        using var service = Service(slow, FakeModels.ValidModel, new() { ["Etiquette:Classifier:Timeout"] = "00:00:00.050" });
        var client = service.Factory.CreateClient();

        var started = System.Diagnostics.Stopwatch.StartNew();
        await AssertDegraded(client, "The classifier took longer than 50 ms");
        Assert.IsTrue(started.Elapsed < TimeSpan.FromSeconds(3), $"answered after {started.Elapsed}");
    }

    [TestMethod]
    public async Task Repeated_failures_open_the_circuit_and_the_classifier_is_left_out()
    {
        var throwing = FakeModels.Throwing();
        using var service = Service(throwing, FakeModels.ValidModel, new()
        {
            ["Etiquette:Classifier:MinimumThroughput"] = "4",
            ["Etiquette:Classifier:FailureRatio"] = "0.5",
            ["Etiquette:Classifier:BreakDuration"] = "00:05:00",
        });
        var client = service.Factory.CreateClient();

        for (var i = 0; i < 4; i++) await client.PostJson("/v1/lint", Draft);
        var callsWhenOpen = throwing.Calls;
        var response = await (await client.PostJson("/v1/lint", Draft)).Json();

        Assert.AreEqual(callsWhenOpen, throwing.Calls, "an open circuit does not call the classifier");
        StringAssert.Contains(response.GetProperty("model").GetProperty("reason").GetString(), "failed too often");
        var ready = await (await client.Get("/health/ready")).Json();
        StringAssert.Contains(ready.GetProperty("model").GetProperty("reason").GetString(), "failed too often");
    }

    [TestMethod]
    public async Task Fix_and_batch_run_degraded_too()
    {
        using var service = Service(FakeModels.Throwing(), FakeModels.ValidModel);
        var client = service.Factory.CreateClient();
        var fix = await (await client.PostJson("/v1/fix", Draft)).Json();
        Assert.AreEqual("Thanks for waiting. Your refund is done.", fix.GetProperty("text").GetString());
        Assert.IsTrue(fix.GetProperty("remaining").GetProperty("model").GetProperty("degraded").GetBoolean());
        var batch = await (await client.PostJson("/v1/lint/batch", $$"""{ "drafts": [ {{Draft}} ] }""")).Json();
        Assert.IsTrue(batch.GetProperty("results")[0].GetProperty("model").GetProperty("degraded").GetBoolean());
    }

    private static async Task AssertDegraded(HttpClient client, string reason)
    {
        var response = await (await client.PostJson("/v1/lint", Draft)).Json();
        var model = response.GetProperty("model");
        Assert.IsTrue(model.GetProperty("degraded").GetBoolean(), response.ToString());
        StringAssert.Contains(model.GetProperty("reason").GetString(), reason);
        Assert.IsFalse(response.TryGetProperty("classification", out _));
        CollectionAssert.AreEqual(new[] { "ETQ202" }, response.Ids(), "the rules still answer");

        var ready = await (await client.Get("/health/ready")).Json();
        Assert.AreEqual("degraded", ready.GetProperty("status").GetString());
        Assert.IsTrue(ready.GetProperty("model").GetProperty("degraded").GetBoolean());
        StringAssert.Contains(ready.GetProperty("model").GetProperty("reason").GetString(), reason);
    }

    private static TestService Service(FakeModels.Classifier classifier, string modelContent, Dictionary<string, string?>? settings = null)
    {
        var folder = new ModelFolder(modelContent);
        settings ??= [];
        settings["Etiquette:ModelPath"] = folder.ModelPath;
        return new TestService(ApiFactory.With(settings, new FakeModels.Loader(classifier)), folder);
    }

    private sealed record TestService(ApiFactory Factory, ModelFolder Folder) : IDisposable
    {
        public void Dispose()
        {
            Factory.Dispose();
            Folder.Dispose();
        }
    }

    private sealed class ModelFolder : IDisposable
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), "etiquette-model-" + Guid.NewGuid().ToString("N"));

        public ModelFolder(string content)
        {
            Directory.CreateDirectory(_path);
            File.WriteAllText(ModelPath, content);
        }

        public string ModelPath => Path.Combine(_path, "etiquette-model.zip");

        public void Dispose() => Directory.Delete(_path, recursive: true);
    }
}
