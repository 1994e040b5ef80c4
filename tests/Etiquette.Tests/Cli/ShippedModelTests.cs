using System.Text.Json;
using Etiquette.Cli;
using Etiquette.Learning;
using static Etiquette.Tests.Cli.CliRunner;

namespace Etiquette.Tests.Cli;

/// <summary>The command line uses the shipped model unless told otherwise; training and evaluation work end to end.</summary>
[TestClass]
public sealed class ShippedModelTests
{
    private static string ShippedModel => Path.Combine(RepositoryPaths.Root, "models", "etiquette-model.zip");

    [TestMethod]
    public void Lint_uses_the_shipped_model_by_default()
    {
        var outcome = RunWith("", Redirected, null, "lint", "Whatever. Not my problem, you should have read the email.", "--format", "json");
        using var json = JsonDocument.Parse(outcome.Out);
        Assert.IsFalse(json.RootElement.GetProperty("model").GetProperty("degraded").GetBoolean(), outcome.ToString());
        Assert.AreEqual("rude", json.RootElement.GetProperty("classification").GetProperty("tone").GetProperty("label").GetString());
        Assert.IsTrue(json.RootElement.GetProperty("diagnostics").EnumerateArray().Any(d => d.GetProperty("id").GetString() == "ETQ101"), outcome.Out);
    }

    [TestMethod]
    public void The_shipped_model_knows_how_common_words_are()
    {
        var frequencies = Etiquette.Learning.ModelArchive.Load(ShippedModel).Options.WordFrequencies;
        int Band(string word) => frequencies.BandOf(Etiquette.Learning.TextFeaturizer.WordHash(word));

        Assert.IsTrue(frequencies.Count > 50_000, $"{frequencies.Count} words");
        Assert.AreEqual(7, Band("you"));
        Assert.IsTrue(Band("refund") is > 0 and < 5, $"refund: {Band("refund")}");
        Assert.AreEqual(0, Band("chargeback"));
    }

    [TestMethod]
    public void Evaluate_reports_every_head_in_the_documented_json_shape()
    {
        var outcome = Run("evaluate", "--data", Path.Combine(RepositoryPaths.Root, "models", "corpus", "test.jsonl"), "--model", ShippedModel, "--format", "json");
        Assert.AreEqual(ExitCodes.Clean, outcome.ExitCode, outcome.ToString());
        using var json = JsonDocument.Parse(outcome.Out);
        var heads = json.RootElement.GetProperty("heads");
        foreach (var head in new[] { "tone", "casualness", "jargon" })
        {
            var metrics = heads.GetProperty(head);
            Assert.IsTrue(metrics.GetProperty("macroF1").GetDouble() is > 0.5 and <= 1, head);
            Assert.IsTrue(metrics.GetProperty("perClass").EnumerateObject().All(c => c.Value.GetProperty("support").GetInt32() > 0), head);
            Assert.AreEqual(metrics.GetProperty("perClass").EnumerateObject().Count(), metrics.GetProperty("confusion").GetProperty("matrix").GetArrayLength(), head);
        }

        Assert.IsFalse(string.IsNullOrEmpty(json.RootElement.GetProperty("model").GetString()));
    }

    [TestMethod]
    public void Train_writes_a_model_that_evaluate_can_read()
    {
        using var folder = new TempFolder();
        var data = WriteToyTrainingRows(folder);
        var model = Path.Combine(folder.Path, "model.zip");

        var trained = Run("train", "--data", data, "--test", data, "--out", model);
        Assert.AreEqual(ExitCodes.Clean, trained.ExitCode, trained.ToString());
        StringAssert.Contains(trained.Out, "written to");

        var evaluated = Run("evaluate", "--data", data, "--model", model, "--format", "json");
        using var json = JsonDocument.Parse(evaluated.Out);
        Assert.AreEqual(1.0, json.RootElement.GetProperty("heads").GetProperty("tone").GetProperty("macroF1").GetDouble(), 1e-9);
    }

    [TestMethod]
    public void The_card_carries_the_measured_figures_and_the_notes_sections()
    {
        using var folder = new TempFolder();
        var data = WriteToyTrainingRows(folder);
        var notes = folder.Write("notes.md", "# How to edit\n\n## Data recipe\n\nForty toy rows.\n\n## Known limitations\n\nKnows two phrases.\n");
        var card = Path.Combine(folder.Path, "card.md");

        var trained = Run("train", "--data", data, "--test", data, "--out", Path.Combine(folder.Path, "m.zip"), "--card", card, "--card-notes", notes);
        Assert.AreEqual(ExitCodes.Clean, trained.ExitCode, trained.ToString());
        var written = File.ReadAllText(card);
        StringAssert.Contains(written, "## Data recipe\n\nForty toy rows.".ReplaceLineEndings());
        StringAssert.Contains(written, "## Known limitations\n\nKnows two phrases.".ReplaceLineEndings());
        StringAssert.Contains(written, $"`{data}`: held out, never trained on.");
        StringAssert.Contains(written, "| tone | 40 | 1.000 | **1.000** |");
        StringAssert.Contains(written, "L2 λ = 1E-05 (jargon 3E-05)", "the default λ, and the jargon head's own");
        Assert.IsFalse(written.Contains("How to edit"), "the notes file's preamble is its own");

        var undescribed = Path.Combine(folder.Path, "undescribed.md");
        Assert.AreEqual(ExitCodes.Clean, Run("train", "--data", data, "--test", data, "--out", Path.Combine(folder.Path, "m2.zip"), "--card", undescribed).ExitCode);
        StringAssert.Contains(File.ReadAllText(undescribed), "Not described: the card was written without `--card-notes`.");
    }

    [TestMethod]
    public void Card_mistakes_are_usage_errors_before_any_training()
    {
        using var folder = new TempFolder();
        var data = folder.Write("train.jsonl", """{"text": "hi", "tone": "polite"}""");
        var model = Path.Combine(folder.Path, "m.zip");
        var halfNotes = folder.Write("notes.md", "## Data recipe\nrows\n");

        AssertBadUsage(Run("train", "--data", data, "--out", model, "--card", "card.md"), "--card needs --test");
        AssertBadUsage(Run("train", "--data", data, "--out", model, "--card-notes", halfNotes), "--card-notes needs --card");
        AssertBadUsage(Run("train", "--data", data, "--test", data, "--out", model, "--card", "card.md", "--card-notes", halfNotes),
            "--card-notes: There is no '## Known limitations' section");
        AssertBadUsage(Run("train", "--data", data, "--test", data, "--out", model, "--card", "card.md", "--card-notes", Path.Combine(folder.Path, "none.md")),
            "--card-notes:");
        Assert.IsFalse(File.Exists(model), "nothing was trained");
    }

    [TestMethod]
    public void Public_rows_join_training_at_their_own_weight()
    {
        using var folder = new TempFolder();
        var data = WriteToyTrainingRows(folder);
        var rowsOut = Path.Combine(folder.Path, "rows.jsonl");

        var trained = Run("train", "--data", data, "--out", Path.Combine(folder.Path, "m.zip"), "--public-data", RepositoryPaths.SharedData,
            "--public-rows", "3", "--public-weight", "0.25", "--rows-out", rowsOut);

        Assert.AreEqual(ExitCodes.Clean, trained.ExitCode, trained.ToString());
        StringAssert.Contains(trained.Out, "stanford_politeness (weight 0.25): 3 rows");
        var rows = LabelledRows.Read(rowsOut);
        Assert.AreEqual(40 + 4 * 3, rows.Count);
        Assert.IsTrue(rows.Take(40).All(r => r.Weight is null), "our own rows count once");
        Assert.IsTrue(rows.Skip(40).All(r => r.Weight == 0.25), "public rows carry --public-weight");
    }

    [TestMethod]
    public void L2_entries_set_every_head_or_one()
    {
        using var folder = new TempFolder();
        var data = WriteToyTrainingRows(folder);
        string TrainedWith(params string[] l2)
        {
            var card = Path.Combine(folder.Path, $"card{l2.Length}.md");
            var trained = Run(["train", "--data", data, "--test", data, "--out", Path.Combine(folder.Path, "m.zip"), "--card", card, "--l2", .. l2]);
            Assert.AreEqual(ExitCodes.Clean, trained.ExitCode, trained.ToString());
            return File.ReadAllText(card);
        }

        StringAssert.Contains(TrainedWith("2e-5"), "L2 λ = 2E-05, L-BFGS");
        StringAssert.Contains(TrainedWith("tone=1e-3", "2e-5", "casualness=1e-4"), "L2 λ = 2E-05 (casualness 0.0001), L-BFGS");
    }

    [TestMethod]
    [DataRow("0")]
    [DataRow("-1")]
    [DataRow("NaN")]
    public void A_public_weight_must_be_positive(string weight)
    {
        using var folder = new TempFolder();
        var model = Path.Combine(folder.Path, "m.zip");
        AssertBadUsage(Run("train", "--data", WriteToyTrainingRows(folder), "--out", model, "--public-weight", weight), "--public-weight");
        Assert.IsFalse(File.Exists(model), "nothing was trained");
    }

    /// <summary>Forty rows a model learns perfectly: polite thanks against rude brush-offs.</summary>
    private static string WriteToyTrainingRows(TempFolder folder) =>
        folder.Write("train.jsonl", string.Join('\n', Enumerable.Range(0, 40).Select(i => i % 2 == 0
            ? $$"""{"text": "Thank you so much for waiting, I am happy to help {{i}}", "tone": "polite"}"""
            : $$"""{"text": "Whatever, not my problem {{i}}", "tone": "rude"}""")));

    [TestMethod]
    public void Bad_training_input_is_a_usage_error()
    {
        using var folder = new TempFolder();
        var bad = folder.Write("bad.jsonl", """{"text": "hi", "tone": "grumpy"}""");
        AssertBadUsage(Run("train", "--data", bad, "--out", Path.Combine(folder.Path, "m.zip")), "grumpy");
        AssertBadUsage(Run("evaluate", "--data", bad, "--model", Path.Combine(folder.Path, "missing.zip")), "does not exist");
        AssertBadUsage(Run("train", "--data", bad, "--out", "m.zip", "--cv", "1"), "--cv");
        AssertBadUsage(Run("train", "--data", bad, "--out", "m.zip", "--l2", "strong"), "--l2: 'strong' is neither a number nor HEAD=number.");
        AssertBadUsage(Run("train", "--data", bad, "--out", "m.zip", "--l2", "sarcasm=1e-5"), "--l2: there is no head 'sarcasm'");
        AssertBadUsage(Run("train", "--data", bad, "--out", "m.zip", "--l2", "1e-5", "tone=-1"), "--l2: tone's l2Regularization -1");
    }
}
