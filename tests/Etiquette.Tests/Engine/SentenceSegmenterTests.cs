using Etiquette.Core.Text;

namespace Etiquette.Tests.Engine;

[TestClass]
public sealed class SentenceSegmenterTests
{
    private static string[] Sentences(string text)
    {
        var draft = DraftText.Analyze(text);
        return draft.Sentences.Select(s => text.Substring(s.Start, s.Length)).ToArray();
    }

    [TestMethod]
    public void Splits_on_terminal_punctuation_followed_by_space() =>
        CollectionAssert.AreEqual(new[] { "Hi Sam!", "Your refund is on its way.", "Anything else?" }, Sentences("Hi Sam! Your refund is on its way. Anything else?"));

    [TestMethod]
    public void Abbreviations_initials_and_decimals_do_not_split() =>
        CollectionAssert.AreEqual(
            new[] { "Mr. Jones paid £3.50, e.g. by card, i.e. J. R. Jones did.", "Thanks." },
            Sentences("Mr. Jones paid £3.50, e.g. by card, i.e. J. R. Jones did. Thanks."));

    [TestMethod]
    public void Urls_and_emails_do_not_split() =>
        CollectionAssert.AreEqual(
            new[] { "Visit www.example.com/help. Or write to help@example.co.uk now." }.SelectMany(s => Sentences(s)).ToArray(),
            new[] { "Visit www.example.com/help.", "Or write to help@example.co.uk now." });

    [TestMethod]
    public void Line_breaks_end_sentences_even_without_punctuation() =>
        CollectionAssert.AreEqual(new[] { "Hi Sam", "Thanks for waiting" }, Sentences("Hi Sam\r\nThanks for waiting"));

    [TestMethod]
    public void Etc_ends_a_sentence_only_before_a_capital() =>
        CollectionAssert.AreEqual(new[] { "Bring ID, bills etc. and a pen.", "Then call us." }, Sentences("Bring ID, bills etc. and a pen. Then call us."));

    [TestMethod]
    public void Closing_quotes_and_exclamation_runs_stay_with_their_sentence() =>
        CollectionAssert.AreEqual(new[] { "She said \"done.\"", "Great!!!", "Bye" }, Sentences("She said \"done.\" Great!!! Bye"));

    [TestMethod]
    public void Empty_and_blank_drafts_have_no_sentences()
    {
        Assert.AreEqual(0, Sentences("").Length);
        Assert.AreEqual(0, Sentences(" \r\n\t ").Length);
    }
}
