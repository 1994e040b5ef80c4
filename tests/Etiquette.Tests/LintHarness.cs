using Etiquette.Core.Diagnostics;
using Etiquette.Core.Engine;
using Etiquette.Rules;

namespace Etiquette.Tests;

/// <summary>Lints with the real catalog and states expectations about spans and fixes in words a reader can check.</summary>
public static class LintHarness
{
    public static readonly Linter Linter = EtiquetteRules.CreateLinter();

    public static LintResult Lint(string text, Conversation? conversation = null, string? profile = null, params string[] suppress) =>
        Linter.Lint(new LintRequest(text, conversation, profile, suppress));

    public static IReadOnlyList<Diagnostic> Findings(string text, string id, Conversation? conversation = null, string? profile = null) =>
        Lint(text, conversation, profile).Diagnostics.Where(d => d.Id == id).ToList();

    /// <summary>Asserts that <paramref name="id"/> fires exactly on each of <paramref name="spans"/> (the text each span covers), in order.</summary>
    public static IReadOnlyList<Diagnostic> AssertFires(string text, string id, params string[] spans) =>
        AssertFiresIn(text, id, null, spans);

    public static IReadOnlyList<Diagnostic> AssertFiresIn(string text, string id, Conversation? conversation, params string[] spans)
    {
        var found = Findings(text, id, conversation);
        var covered = found.Select(d => text.Substring(d.Span.Start, d.Span.Length)).ToArray();
        CollectionAssert.AreEqual(spans, covered, $"{id} on \"{text}\": expected [{string.Join(" | ", spans)}], got [{string.Join(" | ", covered)}]");
        return found;
    }

    public static void AssertQuiet(string text, string id, Conversation? conversation = null, string? profile = null)
    {
        var found = Findings(text, id, conversation, profile);
        Assert.AreEqual(0, found.Count, $"{id} should not fire on \"{text}\" but reported: {string.Join("; ", found.Select(d => d.ToString()))}");
    }

    /// <summary>Applies the first fix of the only <paramref name="id"/> finding and returns the mended text.</summary>
    public static string ApplyFix(string text, string id, Conversation? conversation = null)
    {
        var found = Findings(text, id, conversation);
        Assert.AreEqual(1, found.Count, $"expected one {id} on \"{text}\", got {found.Count}");
        Assert.IsTrue(found[0].Fixes.Count > 0, $"{id} on \"{text}\" offers no fix");
        return FixApplier.ApplyEdits(text, found[0].Fixes[0].Edits);
    }

    public static Conversation Chat(string? customerName, params (ChatRole Role, string Text)[] messages) =>
        new(messages.Select(m => new ChatMessage(m.Role, m.Text)).ToList(), customerName);

    public static (ChatRole, string) Customer(string text) => (ChatRole.Customer, text);
    public static (ChatRole, string) Agent(string text) => (ChatRole.Agent, text);
}
