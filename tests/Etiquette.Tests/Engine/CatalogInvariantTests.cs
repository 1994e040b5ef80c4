using Etiquette.Core.Engine;
using static Etiquette.Tests.LintHarness;

namespace Etiquette.Tests.Engine;

/// <summary>Properties every rule must keep, checked over a spread of awkward drafts.</summary>
[TestClass]
public sealed class CatalogInvariantTests
{
    private static readonly string[] Drafts =
    [
        "",
        "   ",
        "k",
        "👍",
        "Hi 👋🏽 Sam,\r\nthx 4 waiting!!! ur refund (£42.50) is done lol 😀😀",
        "KINDLY BE ADVISED THAT YOUR CARD 4111 1111 1111 1111 WAS CHARGED!!!",
        "Please send me your password and the CVV so I can check, my email is jo.bloggs@gmail.com.",
        "Unfortunately we can't do that, it's against policy. Obviously you should have read the T&Cs. I'll get back to you soon.",
        "Your IBAN GB82 WEST 1234 5698 7654 32 and sort code 12-34-56, account 12345678 are noted.\r\n\r\nHave a great day!",
        "Dear valued customer, pursuant to the aforementioned SLA the DNS propagation latency is within tolerance; revert back forthwith.",
        string.Join(" ", Enumerable.Repeat("This is a long rambling sentence that goes on and on without a break", 12)),
        "\uD83D unpaired \uDE00 surrogates :) e.g. Mr. Smith at 10:30, www.example.com/a?b=c!!",
    ];

    private static readonly Conversation Chat = Chat("Sam Taylor",
        Customer("This is ridiculous, my order never arrived and I was charged twice!"),
        Agent("Hello Sam, thanks for getting in touch."));

    [TestMethod]
    public void Spans_lie_inside_the_draft_and_never_split_a_surrogate_pair()
    {
        foreach (var text in Drafts)
        foreach (var conversation in new[] { null, Chat, Conversation.None })
        foreach (var diagnostic in Lint(text, conversation).Diagnostics)
        {
            var span = diagnostic.Span;
            var where = $"{diagnostic} in \"{text}\"";
            Assert.IsTrue(span.Start >= 0 && span.End <= text.Length, where);
            Assert.IsFalse(span.Start > 0 && span.Start < text.Length && char.IsLowSurrogate(text[span.Start]) && char.IsHighSurrogate(text[span.Start - 1]), where);
            Assert.IsFalse(span.End > 0 && span.End < text.Length && char.IsLowSurrogate(text[span.End]) && char.IsHighSurrogate(text[span.End - 1]), where);
            Assert.IsFalse(string.IsNullOrWhiteSpace(diagnostic.Message), where);
        }
    }

    [TestMethod]
    public void Every_fix_applies_cleanly_and_changes_the_draft()
    {
        foreach (var text in Drafts)
        foreach (var diagnostic in Lint(text, Chat).Diagnostics)
        foreach (var fix in diagnostic.Fixes)
        {
            Assert.IsTrue(fix.Edits.All(e => e.Span.Start >= 0 && e.Span.End <= text.Length), $"{diagnostic.Id} fix '{fix.Title}' outside \"{text}\"");
            Assert.AreNotEqual(text, FixApplier.ApplyEdits(text, fix.Edits), $"{diagnostic.Id} fix '{fix.Title}' changes nothing");
            Assert.IsFalse(string.IsNullOrWhiteSpace(fix.Title), diagnostic.Id);
        }
    }

    [TestMethod]
    public void Linting_is_deterministic()
    {
        foreach (var text in Drafts)
        {
            var first = Lint(text, Chat).Diagnostics.Select(d => d.ToString()).ToList();
            var second = Lint(text, Chat).Diagnostics.Select(d => d.ToString()).ToList();
            CollectionAssert.AreEqual(first, second, text);
        }
    }

    [TestMethod]
    public void Applying_every_fix_never_makes_a_draft_worse()
    {
        foreach (var text in Drafts)
        {
            var before = Lint(text, Chat).Diagnostics;
            var mended = FixApplier.Apply(text, before).Text;
            var after = Lint(mended, Chat).Diagnostics;
            Assert.IsTrue(after.Count <= before.Count, $"\"{text}\" → \"{mended}\": {before.Count} → {after.Count} findings: {string.Join("; ", after)}");
        }
    }
}
