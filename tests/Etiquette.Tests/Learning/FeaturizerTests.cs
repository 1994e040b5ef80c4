using Etiquette.Learning;

namespace Etiquette.Tests.Learning;

[TestClass]
public sealed class FeaturizerTests
{
    private const string Draft =
        "Hi Sam, thanks for your patience. Kindly be advised that your refund of £42.50 was issued on 12/03/2026 " +
        "and should reach your card within 3 working days. I can see u also asked about the router, pls restart it " +
        "and clear your cache. If it still fails, reply here and I'll get back to you soon!! Have a great day 😊";

    private static readonly TextFeaturizer Default = new(new FeaturizerSettings());

    private static Dictionary<int, float> Features(TextFeaturizer featurizer, string text)
    {
        var vector = new SparseVector();
        featurizer.Featurize(text, vector);
        var features = new Dictionary<int, float>();
        for (var i = 0; i < vector.Count; i++) features.Add(vector.Indices[i], vector.Values[i]);
        return features;
    }

    private static void AssertSameVector(string expected, string actual, TextFeaturizer? featurizer = null)
    {
        featurizer ??= Default;
        var want = Features(featurizer, expected);
        var got = Features(featurizer, actual);
        Assert.AreEqual(want.Count, got.Count, $"'{actual}' vs '{expected}'");
        foreach (var (index, value) in want) Assert.AreEqual(value, got[index], $"'{actual}' vs '{expected}' at {index}");
    }

    [TestMethod]
    public void Same_text_gives_the_same_vector_from_separate_instances()
    {
        var first = new SparseVector();
        var second = new SparseVector();
        new TextFeaturizer(new FeaturizerSettings()).Featurize(Draft, first);
        new TextFeaturizer(new FeaturizerSettings()).Featurize(Draft, second);

        Assert.IsTrue(first.Count > 300, $"only {first.Count} features");
        CollectionAssert.AreEqual(first.Indices.ToArray(), second.Indices.ToArray());
        CollectionAssert.AreEqual(first.Values.ToArray(), second.Values.ToArray());
    }

    [TestMethod]
    public void Buckets_are_pinned_so_saved_models_keep_their_meaning()
    {
        // Hash values must never depend on the process (string.GetHashCode does). These twelve buckets (" hi", "hi ",
        // " th", "the", "her", "ere", "re ", "hi", "there", "hi there", "<s> hi", "there <e>") were computed once; if
        // this test fails, the featurizer changed and TextFeaturizer.Version must be bumped.
        var featurizer = new TextFeaturizer(new FeaturizerSettings { HashBits = 20, WordNgramLength = 2, CharNgramMin = 3, CharNgramMax = 3 });
        var buckets = Features(featurizer, "Hi there").Keys.Order().ToArray();
        CollectionAssert.AreEqual(PinnedBuckets, buckets);
    }

    private static readonly int[] PinnedBuckets = [63194, 141054, 325330, 389044, 541344, 600838, 612060, 682446, 697880, 774287, 883871, 1033542];

    [TestMethod]
    [DataRow("")]
    [DataRow("ok")]
    [DataRow("Thanks!! 😊 See https://help.example.com or mail help@example.com, ref 12345.")]
    [DataRow(Draft)]
    public void Vectors_have_unit_length(string text)
    {
        var values = Features(Default, text).Values;
        var norm = Math.Sqrt(values.Sum(v => (double)v * v));
        Assert.AreEqual(text.Length == 0 ? 0 : 1, norm, 1e-5);
    }

    [TestMethod]
    public void Counts_word_and_character_ngrams_with_sublinear_weights()
    {
        // "hi hi": each " hi " gives the character n-grams " h", "hi", "i " (length 2) and " hi", "hi " (length 3);
        // the word unigram "hi", the bigram "hi hi" and the edges "<s> hi" and "hi <e>". Five character n-grams and the
        // unigram occur twice, the bigram and the edges once. Words and characters are two blocks, each scaled to length 1/√2.
        var featurizer = new TextFeaturizer(new FeaturizerSettings { HashBits = 24, WordNgramLength = 2, CharNgramMin = 2, CharNgramMax = 3 });
        var vector = Features(featurizer, "hi hi");
        var values = vector.Values.ToArray();

        var twice = 1 + Math.Log(2);
        var wordNorm = Math.Sqrt(2 * (twice * twice + 3));
        var characterNorm = Math.Sqrt(2 * 5 * twice * twice);
        var once = Math.Round(1 / wordNorm, 5);
        Assert.AreEqual(9, values.Length);
        CollectionAssert.AreEquivalent(
            new[] { Math.Round(twice / wordNorm, 5), once, once, once },
            values[..4].Select(v => Math.Round((double)v, 5)).ToArray());
        foreach (var value in values[4..]) Assert.AreEqual(twice / characterNorm, value, 1e-6);
        Assert.AreEqual(1.0, Math.Sqrt(values.Sum(v => (double)v * v)), 1e-6);
    }

    [TestMethod]
    public void A_single_short_word_has_its_character_ngrams_and_its_unigram()
    {
        // " hi " with n-grams 2..5: " h", "hi", "i ", " hi", "hi ", " hi " (six), plus the word itself and its two edges.
        var featurizer = new TextFeaturizer(new FeaturizerSettings { HashBits = 24, WordNgramLength = 1, CharNgramMin = 2, CharNgramMax = 5 });
        Assert.AreEqual(9, Features(featurizer, "hi").Count);
    }

    [TestMethod]
    public void The_first_and_last_tokens_are_marked_so_word_order_at_the_edges_counts()
    {
        // Unigrams and in-word character n-grams cannot tell these apart; only the start and end features can.
        var featurizer = new TextFeaturizer(new FeaturizerSettings { HashBits = 24, WordNgramLength = 1 });
        var opening = Features(featurizer, "please wait");
        var closing = Features(featurizer, "wait please");
        Assert.AreEqual(opening.Count, closing.Count);
        Assert.AreEqual(opening.Count - 2, opening.Keys.Intersect(closing.Keys).Count(), "only the start and end features differ");

        // Trailing punctuation is the last token: "wait!" ends on "!", not on "wait".
        var calm = Features(featurizer, "wait");
        var shouted = Features(featurizer, "wait!");
        Assert.AreEqual(calm.Count - 1, calm.Keys.Intersect(shouted.Keys).Count(), "only \"wait <e>\" is the bare word's own");
        Assert.AreEqual(calm.Count + 1, shouted.Count, "\"!\" and \"! <e>\" replace \"wait <e>\"");
    }

    [TestMethod]
    public void Lower_cases_and_normalises_compatibility_characters()
    {
        AssertSameVector("thank you", "Thank You");
        AssertSameVector("file", "ﬁle");
        AssertSameVector("hello", "ｈｅｌｌｏ");
    }

    [TestMethod]
    public void Numbers_urls_emails_become_special_tokens()
    {
        AssertSameVector("call 555 now", "call 123 now");
        AssertSameVector("see https://a.example.com/x today", "see https://www.b.example.org/help?q=2 today");
        AssertSameVector("mail jo@example.com today", "mail sam.taylor@example.co.uk today");
    }

    [TestMethod]
    public void Emoji_share_a_token_but_keep_their_identity()
    {
        var smile = Features(Default, "thanks 😊");
        var angry = Features(Default, "thanks 😡");
        Assert.AreEqual(smile.Count, angry.Count);
        Assert.AreEqual(smile.Count - 1, smile.Keys.Intersect(angry.Keys).Count(), "only the emoji's own unigram differs");
    }

    [TestMethod]
    public void Words_in_capitals_add_a_shouting_feature()
    {
        var calm = Features(Default, "please wait");
        var shouted = Features(Default, "PLEASE wait");
        Assert.AreEqual(calm.Count + 1, shouted.Count);
        Assert.IsTrue(calm.Keys.All(shouted.ContainsKey));
        AssertSameVector("please wait", "Please wait");
    }

    [TestMethod]
    public void Lone_surrogates_are_featurised_not_rejected()
    {
        var features = Features(Default, "thanks \uD83D there");
        Assert.IsTrue(features.Count > 0);
    }

    [TestMethod]
    [DataRow("Hi Sam, thanks for your patience. Your refund of 42.50 was issued on 12/03/2026, see https://help.example.com :)")]
    [DataRow(Draft)]
    public void Featurising_into_a_reused_vector_allocates_nothing_per_feature(string text)
    {
        var vector = new SparseVector();
        Allocations.AssertAllocatesLittle(() => Default.Featurize(text, vector));
    }

    [TestMethod]
    public void Settings_out_of_range_are_refused()
    {
        Assert.ThrowsExactly<ArgumentException>(() => new TextFeaturizer(new FeaturizerSettings { HashBits = 30 }));
        Assert.ThrowsExactly<ArgumentException>(() => new TextFeaturizer(new FeaturizerSettings { CharNgramMin = 4, CharNgramMax = 3 }));
        Assert.ThrowsExactly<ArgumentException>(() => new TextFeaturizer(new FeaturizerSettings { WordNgramLength = 0 }));
    }
}
