using Etiquette.Core.Diagnostics;
using Etiquette.Core.Engine;
using Etiquette.Core.Profiles;
using Etiquette.Rules;
using static Etiquette.Tests.LintHarness;

namespace Etiquette.Tests.Engine;

[TestClass]
public sealed class ProfileTests
{
    private static Profile Compile(string json) => LintHarness.Linter.Profiles.Compile(json, "test profile");

    private static IReadOnlyList<Diagnostic> LintWith(string json, string text) =>
        LintHarness.Linter.Lint(new LintRequest(text), Compile(json)).Diagnostics;

    [TestMethod]
    public void Built_in_profiles_are_listed_and_default_is_used_when_none_is_named()
    {
        CollectionAssert.IsSubsetOf(new[] { "casual", "default", "formal" }, LintHarness.Linter.Profiles.All.Select(p => p.Name).ToList());
        Assert.AreEqual("default", Lint("hello").Profile.Name);
    }

    [TestMethod]
    public void A_profile_changes_a_rules_severity_or_turns_it_off()
    {
        Assert.AreEqual(DiagnosticSeverity.Error, LintWith("""{ "rules": { "ETQ202": "error" } }""", "thx").Single(d => d.Id == "ETQ202").Severity);
        Assert.IsFalse(LintWith("""{ "rules": { "etq202": "none" } }""", "thx for that").Any(d => d.Id == "ETQ202"));
    }

    [TestMethod]
    public void The_formal_profile_makes_textspeak_an_error_and_blocks_on_warnings()
    {
        var result = Lint("Thx, I will NOT do that.", profile: "formal");
        Assert.AreEqual(DiagnosticSeverity.Error, result.Diagnostics.Single(d => d.Id == "ETQ202").Severity);
        Assert.AreEqual(SendGuardDecision.Block, result.SendGuard);
        Assert.AreEqual(SendGuardDecision.Warn, Lint("Thx, I will NOT do that.").SendGuard);
    }

    [TestMethod]
    public void Lexicon_additions_and_removals_apply()
    {
        const string json = """{ "lexicons": { "textspeak": { "add": ["gr8t => great"], "remove": ["pls"] } } }""";
        var found = LintWith(json, "gr8t news, pls wait").Where(d => d.Id == "ETQ202").ToList();
        Assert.AreEqual(1, found.Count);
        Assert.AreEqual("gr8t", "gr8t news, pls wait".Substring(found[0].Span.Start, found[0].Span.Length));
        Assert.AreEqual("great", found[0].Fixes[0].Edits[0].NewText);
    }

    [TestMethod]
    public void A_profiles_replacement_wins_over_the_built_in_one()
    {
        const string json = """{ "lexicons": { "textspeak": { "add": ["pls => please kindly"] } } }""";
        var found = LintWith(json, "pls wait").Single(d => d.Id == "ETQ202");
        Assert.AreEqual("please kindly", found.Fixes[0].Edits[0].NewText);
    }

    [TestMethod]
    public void Allowed_acronyms_are_not_shouting()
    {
        Assert.IsTrue(LintWith("{}", "Your ACME BOX is here.").Any(d => d.Id == "ETQ204"));
        Assert.IsFalse(LintWith("""{ "allowedAcronyms": ["ACME", "BOX"] }""", "Your ACME BOX is here.").Any(d => d.Id == "ETQ204"));
    }

    [TestMethod]
    public void A_profile_inherits_what_it_leaves_out_from_default()
    {
        var profile = Compile("""{ "name": "team", "limits": { "maxSentenceWords": 20 } }""");
        Assert.AreEqual(20, profile.MaxSentenceWords);
        Assert.AreEqual(150, profile.MaxDraftWords);
        Assert.AreEqual(DiagnosticSeverity.Error, profile.BlockAt);
        Assert.AreEqual(Casualness.Neutral, profile.Casualness);
    }

    [TestMethod]
    [DataRow("""{ "rules": { "ETQ999": "error" } }""", "rules.ETQ999")]
    [DataRow("""{ "rules": { "ETQ202": "loud" } }""", "rules.ETQ202")]
    [DataRow("""{ "brandVoice": { "casualness": "chummy" } }""", "brandVoice.casualness")]
    [DataRow("""{ "sendGuard": { "block": "sometimes" } }""", "sendGuard.block")]
    [DataRow("""{ "lexicons": { "nonsense": { "add": ["x"] } } }""", "lexicons.nonsense")]
    [DataRow("""{ "limits": { "maxSentenceWords": 2 } }""", "limits.maxSentenceWords")]
    [DataRow("""{ "colour": "blue" }""", "colour")]
    [DataRow("""{ "rules": [ }""", "not valid JSON")]
    public void Bad_profiles_are_rejected_with_the_field_named(string json, string field)
    {
        var error = Assert.ThrowsExactly<ProfileException>(() => Compile(json));
        StringAssert.Contains(error.Message, field);
    }

    [TestMethod]
    public void A_profile_folder_adds_profiles_by_file_name()
    {
        var folder = Directory.CreateTempSubdirectory("etiquette-profiles-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "support-team.json"), """{ "rules": { "ETQ205": "none" } }""");
            var linter = EtiquetteRules.CreateLinter(folder.FullName);
            Assert.IsTrue(linter.Profiles.TryGet("support-team", out var profile));
            Assert.IsFalse(linter.Lint(new LintRequest("Really??", Profile: "support-team")).Diagnostics.Any(d => d.Id == "ETQ205"));
            Assert.IsTrue(linter.Lint(new LintRequest("Really??")).Diagnostics.Any(d => d.Id == "ETQ205"));
            Assert.AreEqual("support-team", profile.Name);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
