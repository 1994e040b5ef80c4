using Etiquette.Core.Diagnostics;
using Etiquette.Core.Engine;
using static Etiquette.Tests.LintHarness;

namespace Etiquette.Tests.Engine;

[TestClass]
public sealed class FixTests
{
    [TestMethod]
    public void A_fix_refuses_overlapping_edits()
    {
        Assert.ThrowsExactly<ArgumentException>(() => new Fix("bad", TextEdit.Replace(new TextSpan(0, 4), "a"), TextEdit.Replace(new TextSpan(2, 4), "b")));
        Assert.ThrowsExactly<ArgumentException>(() => new Fix("bad", TextEdit.Insert(3, "a"), TextEdit.Insert(3, "b")));
        Assert.AreEqual(2, new Fix("ok", TextEdit.Replace(new TextSpan(4, 2), "b"), TextEdit.Replace(new TextSpan(0, 4), "a")).Edits.Count);
    }

    [TestMethod]
    public void Applying_all_fixes_mends_the_draft()
    {
        const string text = "Thx, pls wait!!! 😀";
        var outcome = FixApplier.Apply(text, Lint(text).Diagnostics);
        Assert.AreEqual("Thanks, please wait!", outcome.Text);
        Assert.AreEqual(0, outcome.Skipped.Count);
    }

    [TestMethod]
    public void A_fix_that_collides_with_one_already_taken_is_skipped_whole()
    {
        var descriptor = EtiquetteRules().Descriptors[0];
        var first = new Diagnostic(descriptor, DiagnosticSeverity.Info, new TextSpan(0, 5), "a", [new Fix("a", TextEdit.Replace(new TextSpan(0, 5), "Hello"))]);
        var second = new Diagnostic(descriptor, DiagnosticSeverity.Info, new TextSpan(3, 5), "b",
            [new Fix("b", TextEdit.Replace(new TextSpan(10, 1), "X"), TextEdit.Replace(new TextSpan(3, 5), "there"))]);
        var outcome = FixApplier.Apply("howdy pardner", [first, second]);
        Assert.AreEqual("Hello pardner", outcome.Text);
        CollectionAssert.AreEqual(new[] { second }, outcome.Skipped.ToArray());
    }

    private static Etiquette.Core.Engine.RuleSet EtiquetteRules() => Etiquette.Rules.EtiquetteRules.RuleSet;
}
