using System.IO.Compression;
using System.Text.Json.Nodes;
using Etiquette.Learning;
using Etiquette.Tests.Cli;

namespace Etiquette.Tests.Learning;

[TestClass]
public sealed class ModelArchiveTests
{
    private static readonly string[] Probes =
    [
        "thank you so much for your patience about the bill",
        "stop asking the same thing again",
        "hey gonna sort this out lol 😊",
        "flush the dns cache and renew the dhcp lease",
        "",
    ];

    /// <summary>A small model (2^10 buckets) so that damaging its file byte by byte stays quick; it marks word rarity.</summary>
    private static readonly Lazy<TrainedModel> Tiny = new(() => Trainer.Train(
        ToyCorpus.Training(),
        ToyCorpus.FastOptions with
        {
            Featurizer = new FeaturizerSettings { HashBits = 10 },
            WordFrequencies = WordFrequencies.FromCounts([("the", 5000), ("your", 900), ("router", 40), ("refund", 12), ("lease", 1)]),
        }));

    private static float[] Scores(TrainedModel model)
    {
        var all = new List<float>();
        var scores = new float[model.ScoreCount];
        foreach (var probe in Probes)
        {
            model.Predict(probe, scores);
            all.AddRange(scores);
        }

        return [.. all];
    }

    [TestMethod]
    public void Round_trip_keeps_predictions_and_manifest()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "toy.etqmodel");
        var evaluation = CrossValidation.Run(ToyCorpus.Training(), 3, ToyCorpus.FastOptions, seed: 1).ToEvaluation();
        var model = TrainerTests.ToyModel.WithEvaluation(evaluation);
        model.Save(path);
        var loaded = ModelArchive.Load(path);

        CollectionAssert.AreEqual(Scores(model), Scores(loaded));
        Assert.AreEqual(model.ModelVersion, loaded.ModelVersion);
        Assert.AreEqual(model.Identity, loaded.Identity);
        Assert.AreEqual(model.Options, loaded.Options);
        CollectionAssert.AreEqual(model.Heads.ToArray(), loaded.Heads.ToArray());
        Assert.AreEqual(evaluation.Method, loaded.Evaluation!.Method);
        Assert.AreEqual(evaluation.Heads[1].MacroF1, loaded.Evaluation.Heads[1].MacroF1);
        CollectionAssert.AreEqual(evaluation.Heads[0].ConfusionMatrix[2].ToArray(), loaded.Evaluation.Heads[0].ConfusionMatrix[2].ToArray());
        Assert.AreEqual(evaluation.Folds![0], loaded.Evaluation.Folds![0]);
        Assert.IsFalse(File.Exists(path + ".tmp"));
    }

    [TestMethod]
    public void Per_head_regularisation_round_trips()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "toy.etqmodel");
        var options = ToyCorpus.FastOptions with { HeadL2Regularization = new HeadL2Overrides(new Dictionary<string, double> { ["jargon"] = 3e-5 }) };
        Trainer.Train(ToyCorpus.Training(), options).Save(path);

        Assert.AreEqual(3e-5, (double)ReadManifest(path)["training"]!["headL2Regularization"]!["jargon"]!);
        Assert.AreEqual(options with { ModelVersion = null }, ModelArchive.Load(path).Options with { ModelVersion = null });
        Assert.IsNull(ReadManifest(SaveToy(folder))["training"]!["headL2Regularization"], "no overrides, nothing written");
    }

    [TestMethod]
    public void Manifest_says_what_the_model_is()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "toy.etqmodel");
        TrainerTests.ToyModel.Save(path);
        var manifest = ReadManifest(path);

        Assert.AreEqual(ModelArchive.FormatVersion, (int)manifest["formatVersion"]!);
        Assert.AreEqual(TrainerTests.ToyModel.ModelVersion, (string)manifest["modelVersion"]!);
        Assert.AreEqual("casualness", (string)manifest["heads"]![1]!["name"]!);
        Assert.AreEqual("casual", (string)manifest["heads"]![1]!["labels"]![2]!);
        Assert.AreEqual(14, (int)manifest["featurizer"]!["hashBits"]!);
        Assert.AreEqual(TrainerTests.ToyModel.Identity.TrainingDataSha256, (string)manifest["training"]!["dataSha256"]!);
        Assert.AreEqual(64, ((string)manifest["weights"]!["sha256"]!).Length);
        Assert.IsNotNull(manifest["createdAt"]);
    }

    [TestMethod]
    public void A_file_that_is_not_a_zip_is_rejected()
    {
        using var folder = new TempFolder();
        var path = folder.Write("model.etqmodel", "{\"formatVersion\": 1}");
        var error = Assert.ThrowsExactly<ModelFormatException>(() => ModelArchive.Load(path));
        StringAssert.Contains(error.Message, "not a readable model archive");
    }

    [TestMethod]
    public void Truncated_files_are_rejected()
    {
        using var folder = new TempFolder();
        var path = SaveTiny(folder);
        var bytes = File.ReadAllBytes(path);
        foreach (var length in new[] { 0, 10, bytes.Length / 3, bytes.Length / 2, bytes.Length - 30, bytes.Length - 1 })
        {
            File.WriteAllBytes(path, bytes[..length]);
            var error = Assert.ThrowsExactly<ModelFormatException>(() => ModelArchive.Load(path), $"cut at {length}");
            StringAssert.Contains(error.Message, "not a readable model archive", $"cut at {length}");
        }
    }

    [TestMethod]
    public void Altered_weights_are_caught_by_their_hash()
    {
        using var folder = new TempFolder();
        var path = SaveTiny(folder);
        RewriteEntry(path, "weights.bin", bytes =>
        {
            bytes[100] ^= 0x40;
            return bytes;
        });

        var error = Assert.ThrowsExactly<ModelFormatException>(() => ModelArchive.Load(path));
        StringAssert.Contains(error.Message, "weights.bin does not match the SHA-256 in manifest.json");
    }

    [TestMethod]
    public void Weights_of_the_wrong_size_are_rejected()
    {
        using var folder = new TempFolder();
        var path = SaveTiny(folder);
        RewriteEntry(path, "weights.bin", bytes => bytes[..^4]);

        var error = Assert.ThrowsExactly<ModelFormatException>(() => ModelArchive.Load(path));
        StringAssert.Contains(error.Message, "weights.bin holds");
    }

    [TestMethod]
    public void Another_format_version_is_refused_by_name()
    {
        using var folder = new TempFolder();
        var path = SaveTiny(folder);
        EditManifest(path, manifest => manifest["formatVersion"] = 1);

        var error = Assert.ThrowsExactly<ModelFormatException>(() => ModelArchive.Load(path));
        StringAssert.Contains(error.Message, "model format version 1 is not supported; this build reads version 2");
    }

    [TestMethod]
    [DataRow("labels", "head tone has labels [rude, neutral, polite]")]
    [DataRow("head", "unknown head 'sarcasm'")]
    [DataRow("featurizer", "featurizer version 9 is not supported")]
    [DataRow("bits", "weights are 1024 buckets × 8; the heads and featurizer need 2048 × 8")]
    [DataRow("l2", "training settings: there is no head 'sarcasm' to set λ for")]
    [DataRow("missing", "manifest.json is not a valid manifest")]
    [DataRow("json", "manifest.json is not a valid manifest")]
    public void Manifests_that_do_not_fit_the_weights_or_this_build_are_refused(string damage, string message)
    {
        using var folder = new TempFolder();
        var path = SaveTiny(folder);
        if (damage == "json")
            RewriteEntry(path, "manifest.json", _ => "{\"formatVersion\": 2, \"heads\": ["u8.ToArray());
        else
            EditManifest(path, manifest =>
            {
                switch (damage)
                {
                    case "labels": manifest["heads"]![0]!["labels"] = new JsonArray("rude", "neutral", "polite"); break;
                    case "head": manifest["heads"]![0]!["name"] = "sarcasm"; break;
                    case "featurizer": manifest["featurizerVersion"] = 9; break;
                    case "bits": manifest["featurizer"]!["hashBits"] = 11; break;
                    case "l2": manifest["training"]!["headL2Regularization"] = new JsonObject { ["sarcasm"] = 1e-5 }; break;
                    case "missing": manifest.AsObject().Remove("weights"); break;
                }
            });

        var error = Assert.ThrowsExactly<ModelFormatException>(() => ModelArchive.Load(path));
        StringAssert.Contains(error.Message, message);
    }

    [TestMethod]
    public void A_missing_entry_is_named()
    {
        using var folder = new TempFolder();
        var path = SaveTiny(folder);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update)) zip.GetEntry("weights.bin")!.Delete();

        var error = Assert.ThrowsExactly<ModelFormatException>(() => ModelArchive.Load(path));
        StringAssert.Contains(error.Message, "it holds no weights.bin");
    }

    [TestMethod]
    public void Damage_anywhere_is_either_refused_or_harmless()
    {
        // Never a crash and never a silently different model: a flipped byte either fails to load with
        // ModelFormatException or hits a part of the zip that carries no meaning (a timestamp, say).
        using var folder = new TempFolder();
        var path = SaveTiny(folder);
        var original = File.ReadAllBytes(path);
        var expected = Scores(Tiny.Value);
        var step = Math.Max(1, original.Length / 300);
        for (var position = 0; position < original.Length; position += step)
        {
            var damaged = (byte[])original.Clone();
            damaged[position] ^= 0x5A;
            File.WriteAllBytes(path, damaged);
            try
            {
                CollectionAssert.AreEqual(expected, Scores(ModelArchive.Load(path)), $"byte {position} changed the model silently");
            }
            catch (ModelFormatException)
            {
            }
        }
    }

    [TestMethod]
    public void Word_bands_round_trip_and_are_described_in_the_manifest()
    {
        using var folder = new TempFolder();
        var path = SaveTiny(folder);
        var loaded = ModelArchive.Load(path);

        Assert.AreEqual(Tiny.Value.Options.WordFrequencies, loaded.Options.WordFrequencies);
        Assert.AreEqual(5, loaded.Options.WordFrequencies.Count);
        CollectionAssert.AreEqual(Scores(Tiny.Value), Scores(loaded));
        Assert.AreEqual(5, (int)ReadManifest(path)["wordBands"]!["entries"]!);
        Assert.IsNull(ReadManifest(SaveToy(folder))["wordBands"], "a model without rarity has no table");
    }

    [TestMethod]
    [DataRow("altered", "word-bands.bin does not match the SHA-256")]
    [DataRow("short", "word-bands.bin holds 24 bytes; 5 entries need 25")]
    [DataRow("missing", "it holds no word-bands.bin")]
    [DataRow("undescribed", "it holds word-bands.bin but manifest.json does not describe it")]
    [DataRow("unordered", "word-bands.bin is not a valid word band table")]
    public void Damaged_word_bands_are_refused(string damage, string message)
    {
        using var folder = new TempFolder();
        var path = SaveTiny(folder);
        switch (damage)
        {
            case "altered": RewriteEntry(path, "word-bands.bin", bytes => [.. bytes[..^1], (byte)(bytes[^1] ^ 1)]); break;
            case "short": RewriteEntry(path, "word-bands.bin", bytes => bytes[..^1]); break;
            case "missing":
                using (var zip = ZipFile.Open(path, ZipArchiveMode.Update)) zip.GetEntry("word-bands.bin")!.Delete();
                break;
            case "undescribed": EditManifest(path, manifest => manifest.AsObject().Remove("wordBands")); break;
            case "unordered":
                // Swaps the first two word hashes and records the matching checksum: intact, but not a valid table.
                byte[] swapped = [];
                RewriteEntry(path, "word-bands.bin", bytes => swapped = [.. bytes[4..8], .. bytes[..4], .. bytes[8..]]);
                EditManifest(path, manifest => manifest["wordBands"]!["sha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(swapped)));
                break;
        }

        var error = Assert.ThrowsExactly<ModelFormatException>(() => ModelArchive.Load(path));
        StringAssert.Contains(error.Message, message);
    }

    [TestMethod]
    public void A_missing_file_is_reported_as_missing()
    {
        using var folder = new TempFolder();
        Assert.ThrowsExactly<FileNotFoundException>(() => ModelArchive.Load(Path.Combine(folder.Path, "none.etqmodel")));
    }

    private static string SaveTiny(TempFolder folder)
    {
        var path = Path.Combine(folder.Path, "tiny.etqmodel");
        Tiny.Value.Save(path);
        return path;
    }

    private static string SaveToy(TempFolder folder)
    {
        var path = Path.Combine(folder.Path, "toy.etqmodel");
        TrainerTests.ToyModel.Save(path);
        return path;
    }

    private static JsonNode ReadManifest(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        using var stream = zip.GetEntry("manifest.json")!.Open();
        return JsonNode.Parse(stream)!;
    }

    private static void EditManifest(string path, Action<JsonNode> edit)
    {
        var manifest = ReadManifest(path);
        edit(manifest);
        RewriteEntry(path, "manifest.json", _ => System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString()));
    }

    private static void RewriteEntry(string path, string name, Func<byte[], byte[]> rewrite)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(name)!;
        using var memory = new MemoryStream();
        using (var stream = entry.Open()) stream.CopyTo(memory);
        entry.Delete();
        using var output = zip.CreateEntry(name).Open();
        output.Write(rewrite(memory.ToArray()));
    }
}
