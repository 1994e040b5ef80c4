using Etiquette.Learning;
using Etiquette.Tests.Cli;

namespace Etiquette.Tests.Learning;

[TestClass]
public sealed class WordRarityTests
{
    /// <summary>950,451 words in all: a count of c puts a word at log10(c · 10^9 / 950,451) on the Zipf scale.</summary>
    private static readonly WordFrequencies Frequencies = WordFrequencies.FromCounts(
    [
        ("the", 400_000), ("we", 200_000), ("please", 100_000), ("your", 100_000), ("will", 100_000), ("wait", 50_000),
        ("The", 100), ("router", 10), ("box", 10), ("money", 10), ("card", 10), ("turn", 10), ("send", 10), ("new", 10),
        ("back", 10), ("days", 10), ("off", 10), ("on", 10), ("again", 10), ("a", 10), ("in", 10), ("few", 10), ("you", 10),
        ("to", 10), ("and", 10), ("about", 10), ("refund", 10), ("delivery", 10), ("invoice", 10), ("password", 10),
        ("upgrade", 10), ("comes", 10), ("wi", 100), ("fi", 1), ("nope", 0),
    ]);

    private static readonly FeaturizerSettings Settings = new() { HashBits = 24, WordNgramLength = 1, CharNgramMin = 2, CharNgramMax = 3 };
    private static readonly TextFeaturizer Plain = new(Settings);
    private static readonly TextFeaturizer WithRarity = new(Settings, Frequencies);

    [TestMethod]
    public void Bands_are_the_zipf_scale_of_each_count_clamped_to_one_to_seven()
    {
        // "the" (400,000 + 100 in capitals) is at 8.62, clamped to 7; a count of 100 is at 5.02, 10 at 4.02, 1 at 3.02.
        Assert.AreEqual(7, Band("the"));
        Assert.AreEqual(7, Band("please"));
        Assert.AreEqual(5, Band("wi"));
        Assert.AreEqual(4, Band("router"));
        Assert.AreEqual(3, Band("fi"));
        Assert.AreEqual(0, Band("chargeback"));
        Assert.AreEqual(0, Band("nope"), "a zero count is not a sighting");
    }

    [TestMethod]
    public void Counts_in_a_tab_separated_file_are_read_past_the_header_and_bad_lines()
    {
        using var folder = new TempFolder();
        var path = folder.Write("counts.tsv", "word\tcount\nyou\t900\nYou\t100\nbroken line\nrouter\t1\nodd\tmany\n");
        var frequencies = WordFrequencies.ReadCounts(path);

        Assert.AreEqual(2, frequencies.Count);
        Assert.AreEqual(7, frequencies.BandOf(TextFeaturizer.WordHash("you")), "1,000 of 1,001 words");
        Assert.AreEqual(5, frequencies.BandOf(TextFeaturizer.WordHash("router")), "log10(10^9 / 1,001) = 5.9996");
    }

    [TestMethod]
    public void Each_word_adds_one_rarity_feature_for_its_band()
    {
        // "please wait": both in band 7, one rarity feature counted twice. "please chargeback": bands 7 and 0, two features.
        Assert.AreEqual(1, RarityBuckets("please wait").Length);
        Assert.AreEqual(2, RarityBuckets("please chargeback").Length);
        CollectionAssert.AreEqual(RarityBuckets("wait"), RarityBuckets("please"));
        CollectionAssert.AreNotEqual(RarityBuckets("router"), RarityBuckets("please"));
        CollectionAssert.AreEqual(RarityBuckets("subrogation"), RarityBuckets("chargeback"), "unseen words share band 0");
    }

    [TestMethod]
    public void Acronyms_and_codes_are_told_apart_from_lower_case_words_of_the_same_band()
    {
        var word = RarityBuckets("mta");
        var acronym = RarityBuckets("MTA");
        var code = RarityBuckets("E7");
        CollectionAssert.AreNotEqual(word, acronym);
        CollectionAssert.AreNotEqual(word, code);
        CollectionAssert.AreNotEqual(acronym, code);
    }

    [TestMethod]
    public void Contractions_and_compounds_are_looked_up_by_their_parts()
    {
        Assert.AreEqual(1, RarityBuckets("we'll").Length);
        CollectionAssert.AreEqual(RarityBuckets("we"), RarityBuckets("we'll"));
        CollectionAssert.AreEqual(RarityBuckets("we"), RarityBuckets("we’ve"));
        CollectionAssert.AreEqual(RarityBuckets("fi"), RarityBuckets("wi-fi"), "the rarer part decides");
        CollectionAssert.AreEqual(RarityBuckets("chargeback"), RarityBuckets("the-chargeback"));
    }

    [TestMethod]
    public void Vectors_with_rarity_still_have_unit_length()
    {
        var vector = new SparseVector();
        WithRarity.Featurize("Please wait, the MTA is pending on your E7 meter.", vector);
        var values = vector.Values.ToArray();
        Assert.AreEqual(1.0, Math.Sqrt(values.Sum(v => (double)v * v)), 1e-5);
    }

    [TestMethod]
    public void Rarity_carries_jargon_over_to_terms_no_training_row_contains()
    {
        var options = ToyCorpus.FastOptions with { Featurizer = new FeaturizerSettings { HashBits = 16 } };
        var withoutRarity = Trainer.Train(ToyCorpus.Training(), options);
        var withRarity = Trainer.Train(ToyCorpus.Training(), options with { WordFrequencies = Frequencies });

        // None of these terms occurs in the toy corpus; only their rarity links them to its jargon rows.
        const string unseen = "the mpan needs a cot flag on the ont";
        Assert.IsTrue(JargonScore(withRarity, unseen) > JargonScore(withoutRarity, unseen) + 0.05,
            $"{JargonScore(withRarity, unseen):F3} with rarity, {JargonScore(withoutRarity, unseen):F3} without");
        Assert.IsTrue(JargonScore(withRarity, "we will send you a new card about the password") < 0.5);
    }

    private static int Band(string word) => Frequencies.BandOf(TextFeaturizer.WordHash(word));

    /// <summary>The buckets the rarity features add: those in the vector with frequencies and not in the one without.</summary>
    private static int[] RarityBuckets(string text)
    {
        var plain = new SparseVector();
        var rare = new SparseVector();
        Plain.Featurize(text, plain);
        WithRarity.Featurize(text, rare);
        return rare.Indices.ToArray().Except(plain.Indices.ToArray()).Order().ToArray();
    }

    private static float JargonScore(TrainedModel model, string text)
    {
        var scores = new float[model.ScoreCount];
        model.Predict(text, scores);
        var jargon = model.Heads.Select((head, index) => (head, index)).First(h => h.head.Name == "jargon");
        var offset = model.Heads.Take(jargon.index).Sum(h => h.Labels.Count);
        return scores[offset + jargon.head.IndexOf("jargon")];
    }
}
