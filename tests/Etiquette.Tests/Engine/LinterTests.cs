using Etiquette.Core.Diagnostics;
using Etiquette.Core.Engine;
using Etiquette.Core.Profiles;
using Etiquette.Core.Serialization;
using Etiquette.Rules;
using static Etiquette.Tests.LintHarness;

namespace Etiquette.Tests.Engine;

[TestClass]
public sealed class LinterTests
{
    [TestMethod]
    public void Suppressed_rules_are_not_reported()
    {
        Assert.IsTrue(Lint("thx!!").Diagnostics.Any(d => d.Id == "ETQ202"));
        var result = Lint("thx!!", suppress: ["etq202"]);
        Assert.IsFalse(result.Diagnostics.Any(d => d.Id == "ETQ202"));
        Assert.IsTrue(result.Diagnostics.Any(d => d.Id == "ETQ205"));
    }

    [TestMethod]
    public void Unknown_suppressed_ids_and_profiles_are_refused_by_name()
    {
        var rule = Assert.ThrowsExactly<UnknownRuleException>(() => Lint("hi", suppress: ["ETQ999", "nonsense"]));
        CollectionAssert.AreEqual(new[] { "ETQ999", "nonsense" }, rule.Ids.ToArray());
        var profile = Assert.ThrowsExactly<UnknownProfileException>(() => Lint("hi", profile: "nope"));
        StringAssert.Contains(profile.Message, "default");
    }

    [TestMethod]
    public void Diagnostics_are_ordered_by_position_then_width_then_id()
    {
        var diagnostics = Lint("PLS HELP U!!! thx lol 😀").Diagnostics;
        var ordered = diagnostics.OrderBy(d => d.Span.Start).ThenByDescending(d => d.Span.Length).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        Assert.IsTrue(diagnostics.Count >= 5);
        CollectionAssert.AreEqual(ordered, diagnostics.ToList());
    }

    [TestMethod]
    public void Send_guard_follows_the_profile_policy()
    {
        Assert.AreEqual(SendGuardDecision.Ok, Lint("Thanks for waiting, your refund is on its way.").SendGuard);
        Assert.AreEqual(SendGuardDecision.Warn, Lint("thx for waiting").SendGuard);
        var strict = LintHarness.Linter.Profiles.Compile("""{ "sendGuard": { "block": "info" } }""", "strict");
        Assert.AreEqual(SendGuardDecision.Block, LintHarness.Linter.Lint(new LintRequest("Really??"), strict).SendGuard);
        var relaxed = LintHarness.Linter.Profiles.Compile("""{ "sendGuard": { "block": "none", "warn": "none" } }""", "relaxed");
        Assert.AreEqual(SendGuardDecision.Ok, LintHarness.Linter.Lint(new LintRequest("thx!!"), relaxed).SendGuard);
    }

    [TestMethod]
    public void Response_json_is_camel_case_with_spans_and_fixes()
    {
        var response = LintResponse.From(Lint("thx"));
        var json = System.Text.Json.JsonSerializer.Serialize(response, EtiquetteJson.Options);
        StringAssert.Contains(json, "\"id\":\"ETQ202\"");
        StringAssert.Contains(json, "\"span\":{\"start\":0,\"length\":3}");
        StringAssert.Contains(json, "\"edits\":[{\"start\":0,\"length\":3,\"newText\":\"thanks\"}]");
        StringAssert.Contains(json, "\"summary\":{\"errors\":0,\"warnings\":1,\"infos\":0,\"sendGuard\":\"warn\"}");
        StringAssert.Contains(json, "\"helpUri\":\"https://etiquette.dev/rules/ETQ202\"");
        Assert.IsFalse(json.Contains("confidence"), "absent confidence is left out");
    }

    [TestMethod]
    public void Every_descriptor_is_well_formed_and_unique()
    {
        var descriptors = EtiquetteRules.RuleSet.Descriptors;
        Assert.AreEqual(descriptors.Count, descriptors.Select(d => d.Id).Distinct().Count());
        foreach (var d in descriptors)
        {
            Assert.IsTrue(RuleId.IsValid(d.Id), d.Id);
            Assert.IsFalse(string.IsNullOrWhiteSpace(d.Title), d.Id);
            Assert.IsFalse(string.IsNullOrWhiteSpace(d.Description), d.Id);
            Assert.IsTrue(d.Category is Categories.Tone or Categories.Register or Categories.Clarity or Categories.DataProtection or Categories.Protocol, d.Id);
            if (d.Category == Categories.DataProtection) Assert.AreEqual(DiagnosticSeverity.Error, d.DefaultSeverity, d.Id);
        }
    }
}
