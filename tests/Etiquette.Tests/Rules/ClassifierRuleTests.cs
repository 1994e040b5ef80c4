using Etiquette.Core.Classification;
using Etiquette.Core.Engine;
using Etiquette.Core.Serialization;
using Etiquette.Rules;

namespace Etiquette.Tests.Rules;

/// <summary>The classifier rules over a stand-in model whose answers the test controls, so each case is clear-cut.</summary>
[TestClass]
public sealed class ClassifierRuleTests
{
    /// <summary>Scores a sentence by marker words: "whatever" is rude, "gonna" casual, "DUoS" jargon, "Smith" all three.</summary>
    private sealed class MarkerClassifier : ITextClassifier
    {
        public string ModelVersion => "markers-1";

        public IReadOnlyList<ClassifierHead> Heads { get; } =
        [
            new("tone", ["polite", "neutral", "rude"]),
            new("casualness", ["formal", "neutral", "casual"]),
            new("jargon", ["plain", "jargon"]),
        ];

        public int ScoreCount => 8;

        public void Predict(ReadOnlySpan<char> text, Span<float> scores)
        {
            var smith = text.Contains("Smith", StringComparison.Ordinal);
            var rude = text.Contains("whatever", StringComparison.OrdinalIgnoreCase) || smith ? 0.9f : text.Contains("hmm", StringComparison.Ordinal) ? 0.5f : 0.05f;
            var casual = smith ? 0.85f : text.Contains("gonna", StringComparison.OrdinalIgnoreCase) ? 0.55f : 0.05f;
            var jargon = text.Contains("DUoS", StringComparison.Ordinal) || smith ? 0.8f : 0.1f;
            scores[0] = (1 - rude) / 2; scores[1] = (1 - rude) / 2; scores[2] = rude;
            scores[3] = 0.1f; scores[4] = 0.9f - casual; scores[5] = casual;
            scores[6] = 1 - jargon; scores[7] = jargon;
        }
    }

    private static readonly Linter Linter = EtiquetteRules.CreateLinter(classifier: new SentenceClassifier(new MarkerClassifier()));

    private static LintResult Lint(string text, string? profile = null) => Linter.Lint(new LintRequest(text, Profile: profile));

    private static string[] Spans(LintResult result, string id) =>
        result.Diagnostics.Where(d => d.Id == id).Select(d => result.Text.Substring(d.Span.Start, d.Span.Length)).ToArray();

    [TestMethod]
    public void Rude_sentences_are_reported_with_the_classifiers_confidence()
    {
        var result = Lint("Thanks for waiting. Whatever, it is not my problem. Have a good day.");
        CollectionAssert.AreEqual(new[] { "Whatever, it is not my problem." }, Spans(result, "ETQ101"));
        var rude = result.Diagnostics.Single(d => d.Id == "ETQ101");
        Assert.AreEqual(0.9, rude.Confidence!.Value, 0.001);
        StringAssert.Contains(rude.Message, "90% sure");
    }

    [TestMethod]
    public void Sentences_below_the_threshold_are_quiet_until_the_profile_lowers_it()
    {
        Assert.AreEqual(0, Spans(Lint("hmm, let me look."), "ETQ101").Length);
        var sensitive = Linter.Profiles.Compile("""{ "thresholds": { "rude": 0.4 } }""", "sensitive");
        Assert.AreEqual(1, Linter.Lint(new LintRequest("hmm, let me look."), sensitive).Diagnostics.Count(d => d.Id == "ETQ101"));
    }

    [TestMethod]
    public void Casual_sentences_are_measured_against_the_brand_voice()
    {
        const string text = "I'm gonna check that now.";
        Assert.AreEqual(0, Spans(Lint(text), "ETQ201").Length, "0.55 is below the default 0.6");
        var formal = Lint(text, "formal");
        CollectionAssert.AreEqual(new[] { text }, Spans(formal, "ETQ201"), "the formal voice reports from 0.45");
        StringAssert.Contains(formal.Diagnostics.Single(d => d.Id == "ETQ201").Message, "formal voice");
        Assert.AreEqual(0, Spans(Linter.Lint(new LintRequest(text), Linter.Profiles.Compile("""{ "brandVoice": { "casualness": "casual" }, "thresholds": { "casual": 0.1 } }""", "relaxed")), "ETQ201").Length);
    }

    [TestMethod]
    public void Jargon_heavy_sentences_are_reported()
    {
        CollectionAssert.AreEqual(new[] { "The DUoS element differs." }, Spans(Lint("Your bill is ready. The DUoS element differs."), "ETQ301"));
        Assert.AreEqual(0, Spans(Lint("Your bill is ready."), "ETQ301").Length);
    }

    [TestMethod]
    public void A_line_that_is_only_a_greeting_is_not_judged()
    {
        // The model scores bare greetings ("Dear Mr Smith,") badly; the protocol rules judge greetings instead.
        var greeting = Lint("Dear Mr Smith,\nYour bill is ready.", "formal");
        foreach (var id in new[] { "ETQ101", "ETQ201", "ETQ301" }) Assert.AreEqual(0, Spans(greeting, id).Length, id);

        var more = Lint("Hi Sam, Mr Smith has the bill.", "formal");
        foreach (var id in new[] { "ETQ101", "ETQ201", "ETQ301" })
            CollectionAssert.AreEqual(new[] { "Hi Sam, Mr Smith has the bill." }, Spans(more, id), $"{id}: a greeting followed by more is judged");
    }

    [TestMethod]
    public void The_response_carries_draft_level_labels_and_the_model_version()
    {
        var response = LintResponse.From(Lint("Whatever."));
        Assert.AreEqual("rude", response.Classification!["tone"].Label);
        Assert.AreEqual(0.9f, response.Classification["tone"].Scores["rude"], 0.001f);
        Assert.AreEqual("plain", response.Classification["jargon"].Label);
        Assert.AreEqual(new ModelInfo("markers-1", false, null), response.Model);
    }

    [TestMethod]
    public void Draft_level_scores_are_the_sentences_weighted_by_length()
    {
        // "Whatever." (9 characters) scores 0.9 rude; "Your bill is ready now." (23) scores 0.05.
        var response = LintResponse.From(Lint("Whatever. Your bill is ready now."));
        Assert.AreEqual((9 * 0.9f + 23 * 0.05f) / 32, response.Classification!["tone"].Scores["rude"], 0.0001f);
        Assert.AreNotEqual("rude", response.Classification["tone"].Label, "the long neutral sentence outweighs the short rude one");
    }

    [TestMethod]
    public void Without_a_model_the_classifier_rules_are_silent_and_the_response_says_rules_only()
    {
        var result = EtiquetteRules.CreateLinter().Lint(new LintRequest("Whatever, it is not my problem."));
        Assert.IsFalse(result.Diagnostics.Any(d => d.Id is "ETQ101" or "ETQ201" or "ETQ301"));
        var response = LintResponse.From(result);
        Assert.IsNull(response.Classification);
        Assert.IsTrue(response.Model.Degraded);
    }

    [TestMethod]
    public void Thresholds_outside_zero_to_one_are_refused() =>
        StringAssert.Contains(
            Assert.ThrowsExactly<Etiquette.Core.Profiles.ProfileException>(() => Linter.Profiles.Compile("""{ "thresholds": { "jargon": 1.5 } }""", "bad")).Message,
            "thresholds.jargon");
}
