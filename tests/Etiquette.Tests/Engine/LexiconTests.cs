using Etiquette.Core.Lexicons;
using Etiquette.Core.Text;

namespace Etiquette.Tests.Engine;

[TestClass]
public sealed class LexiconTests
{
    private static string[] Find(string lexicon, string text)
    {
        var compiled = new Lexicon(LexiconFile.Parse(lexicon));
        var draft = DraftText.Analyze(text);
        var found = new List<string>();
        foreach (var match in compiled.Matches(draft)) found.Add(text.Substring(match.Span.Start, match.Span.Length));
        return found.ToArray();
    }

    [TestMethod]
    public void Matching_ignores_case_and_typographic_apostrophes() =>
        CollectionAssert.AreEqual(new[] { "Can’t", "CAN'T" }, Find("can't => cannot", "Can’t do it, CAN'T."));

    [TestMethod]
    public void Longest_entry_wins_and_matches_do_not_overlap() =>
        CollectionAssert.AreEqual(new[] { "Kindly be advised", "kindly" }, Find("kindly\nkindly be advised", "Kindly be advised and kindly reply"));

    [TestMethod]
    public void Alternatives_prefixes_and_negative_lookahead()
    {
        const string lexicon = "we'll|we will call\nfrak*\nyou should have !received|got";
        CollectionAssert.AreEqual(new[] { "We will call", "fraking", "you should have" },
            Find(lexicon, "We will call. Stop fraking. you should have checked, you should have received it."));
    }

    [TestMethod]
    public void Phrases_do_not_run_across_line_breaks() =>
        Assert.AreEqual(0, Find("as i said", "as I\nsaid").Length);

    [TestMethod]
    public void Packs_and_replacements_are_parsed()
    {
        var entries = LexiconFile.Parse("# comment\n[telecom]\nporting => moving your number  # why\n\n[it]\ncache");
        Assert.AreEqual(2, entries.Count);
        Assert.AreEqual(new LexiconEntry("porting", "moving your number", "telecom"), entries[0]);
        Assert.AreEqual(new LexiconEntry("cache", null, "it"), entries[1]);
    }

    [TestMethod]
    public void Matches_within_a_sentence_stay_in_it()
    {
        var lexicon = new Lexicon(LexiconFile.Parse("soon"));
        var draft = DraftText.Analyze("Soon. Not soon enough? soon");
        var inSecond = 0;
        foreach (var _ in lexicon.Matches(draft, draft.Sentences[1])) inSecond++;
        Assert.AreEqual(1, inSecond);
    }
}
