using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using Etiquette.Core.Classification;

namespace Etiquette.Learning;

/// <summary>
/// A trained model as one zip file: <c>manifest.json</c> (format and model version, heads and labels, featurizer settings,
/// training-data hash, metrics, creation time, SHA-256 of the weights and word bands), <c>weights.bin</c> and, when the
/// featurizer marks word rarity, <c>word-bands.bin</c>. Loading verifies all of it:
/// a corrupt, truncated, altered or incompatible file throws <see cref="ModelFormatException"/> saying what is wrong.
/// </summary>
public static class ModelArchive
{
    /// <summary>The archive layout this build writes and reads.</summary>
    public const int FormatVersion = 2;

    private const string ManifestEntry = "manifest.json";
    private const string WeightsEntry = "weights.bin";
    private const string WordBandsEntry = "word-bands.bin";
    private const string WeightsEncoding = "float32-le";
    private const string WeightsLayout = "bucket-major";
    private const long MaxManifestBytes = 4 << 20;

    public static void Save(TrainedModel model, string path)
    {
        EnsureLittleEndian();
        var options = model.Options;
        var manifest = new ModelManifest(
            FormatVersion,
            model.ModelVersion,
            model.Identity.CreatedAt,
            model.Heads,
            TextFeaturizer.Version,
            options.Featurizer,
            new ManifestTraining(
                model.Identity.TrainingRows, model.Identity.TrainingDataSha256, options.L2Regularization,
                options.MaxIterations, options.GradientTolerance, options.HistorySize, options.MinFeatureRows, options.BalanceClasses,
                options.HeadL2Regularization.ByHead.Count == 0 ? null : options.HeadL2Regularization.ByHead),
            new ManifestWeights(
                WeightsEncoding, WeightsLayout, options.Featurizer.BucketCount, model.Stride,
                WeightsSha256(model.Biases, model.Weights)),
            WordBandsManifest(options.WordFrequencies),
            model.Evaluation);

        // Written beside the target and moved over it, so a failed save never leaves a half-written model in its place.
        var temporary = path + ".tmp";
        using (var file = File.Create(temporary))
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            using (var stream = zip.CreateEntry(ManifestEntry, CompressionLevel.Optimal).Open())
                JsonSerializer.Serialize(stream, manifest, ManifestJsonContext.Default.ModelManifest);
            using (var stream = zip.CreateEntry(WeightsEntry, CompressionLevel.Optimal).Open())
            {
                stream.Write(MemoryMarshal.AsBytes(model.Biases));
                stream.Write(MemoryMarshal.AsBytes(model.Weights));
            }

            if (options.WordFrequencies.Count > 0)
            {
                using var stream = zip.CreateEntry(WordBandsEntry, CompressionLevel.Optimal).Open();
                stream.Write(MemoryMarshal.AsBytes(options.WordFrequencies.Keys.AsSpan()));
                stream.Write(options.WordFrequencies.Bands);
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <exception cref="ModelFormatException">The file is not a usable model archive.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static TrainedModel Load(string path)
    {
        EnsureLittleEndian();
        try
        {
            using var zip = ZipFile.OpenRead(path);
            return Read(zip, path);
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw new ModelFormatException($"{path}: not a readable model archive, damaged or truncated ({e.Message})", e);
        }
    }

    private static TrainedModel Read(ZipArchive zip, string path)
    {
        var manifest = ReadManifest(zip, path);
        var heads = CheckHeads(manifest.Heads, path);
        CheckFeaturizer(manifest, path);

        var scoreCount = 0;
        foreach (var head in heads) scoreCount += head.Labels.Count;
        var stride = TrainedModel.StrideFor(scoreCount);
        var buckets = manifest.Featurizer.BucketCount;
        var weights = manifest.Weights;
        if (weights.Encoding != WeightsEncoding || weights.Layout != WeightsLayout)
            throw Problem(path, $"weights are {weights.Encoding} {weights.Layout}; this build reads {WeightsEncoding} {WeightsLayout}");
        if (weights.Buckets != buckets || weights.Stride != stride)
            throw Problem(path, $"weights are {weights.Buckets} buckets × {weights.Stride}; the heads and featurizer need {buckets} × {stride}");

        var biasValues = new float[stride];
        var weightValues = new float[buckets * stride];
        ReadWeights(zip, path, biasValues, weightValues);
        if (!string.Equals(WeightsSha256(biasValues, weightValues), weights.Sha256, StringComparison.OrdinalIgnoreCase))
            throw Problem(path, $"{WeightsEntry} does not match the SHA-256 in {ManifestEntry}: the file is damaged or was altered");
        if (!AllFinite(biasValues) || !AllFinite(weightValues))
            throw Problem(path, $"{WeightsEntry} holds values that are not finite numbers");

        var training = manifest.Training;
        var options = new TrainerOptions
        {
            Featurizer = manifest.Featurizer,
            WordFrequencies = ReadWordBands(zip, path, manifest.WordBands),
            L2Regularization = training.L2Regularization,
            HeadL2Regularization = training.HeadL2Regularization is { } byHead ? new HeadL2Overrides(byHead) : HeadL2Overrides.None,
            MaxIterations = training.MaxIterations,
            GradientTolerance = training.GradientTolerance,
            HistorySize = training.HistorySize,
            MinFeatureRows = training.MinFeatureRows,
            BalanceClasses = training.BalanceClasses,
            ModelVersion = manifest.ModelVersion,
        };
        if (options.Problem() is { } problem) throw Problem(path, $"training settings: {problem}");
        var identity = new ModelIdentity(manifest.ModelVersion, manifest.CreatedAt, training.Rows, training.DataSha256);
        return new TrainedModel(identity, heads, options, biasValues, weightValues, manifest.Metrics);
    }

    private static ModelManifest ReadManifest(ZipArchive zip, string path)
    {
        var entry = zip.GetEntry(ManifestEntry) ?? throw Problem(path, $"it holds no {ManifestEntry}");
        if (entry.Length > MaxManifestBytes) throw Problem(path, $"{ManifestEntry} is {entry.Length} bytes, too large for a manifest");
        ModelManifest? manifest;
        try
        {
            using var stream = entry.Open();
            using var document = JsonDocument.Parse(stream);
            // The format version is checked before the rest, whose shape another version may change.
            if (!document.RootElement.TryGetProperty("formatVersion", out var version) || !version.TryGetInt32(out var formatVersion))
                throw Problem(path, $"{ManifestEntry} has no formatVersion");
            if (formatVersion != FormatVersion)
                throw Problem(path, $"model format version {formatVersion} is not supported; this build reads version {FormatVersion}");
            manifest = document.Deserialize(ManifestJsonContext.Default.ModelManifest);
        }
        catch (JsonException e)
        {
            throw Problem(path, $"{ManifestEntry} is not a valid manifest ({e.Message})", e);
        }

        if (manifest is null) throw Problem(path, $"{ManifestEntry} is empty");
        if (manifest.ModelVersion.Length == 0) throw Problem(path, $"{ManifestEntry} has an empty modelVersion");
        return manifest;
    }

    /// <summary>The manifest's heads as this build's own, provided each is a known head with exactly its labels.</summary>
    private static ClassifierHead[] CheckHeads(IReadOnlyList<ClassifierHead> heads, string path)
    {
        if (heads.Count == 0) throw Problem(path, $"{ManifestEntry} lists no heads");
        var known = new ClassifierHead[heads.Count];
        for (var h = 0; h < heads.Count; h++)
        {
            var head = EtiquetteHeads.Find(heads[h].Name) ?? throw Problem(path, $"unknown head '{heads[h].Name}'");
            if (!head.Labels.SequenceEqual(heads[h].Labels))
                throw Problem(path, $"head {head.Name} has labels [{string.Join(", ", heads[h].Labels)}]; this build's are [{string.Join(", ", head.Labels)}]");
            if (Array.IndexOf(known, head) >= 0) throw Problem(path, $"head {head.Name} is listed twice");
            known[h] = head;
        }

        return known;
    }

    private static void CheckFeaturizer(ModelManifest manifest, string path)
    {
        if (manifest.FeaturizerVersion != TextFeaturizer.Version)
            throw Problem(path, $"featurizer version {manifest.FeaturizerVersion} is not supported; this build's is {TextFeaturizer.Version}");
        if (manifest.Featurizer.Problem() is { } problem) throw Problem(path, $"featurizer settings: {problem}");
    }

    private static void ReadWeights(ZipArchive zip, string path, float[] biases, float[] weights)
    {
        var entry = zip.GetEntry(WeightsEntry) ?? throw Problem(path, $"it holds no {WeightsEntry}");
        var expected = sizeof(float) * ((long)biases.Length + weights.Length);
        if (entry.Length != expected)
            throw Problem(path, $"{WeightsEntry} holds {entry.Length} bytes; the manifest's shape needs {expected}");
        using var stream = entry.Open();
        stream.ReadExactly(MemoryMarshal.AsBytes(biases.AsSpan()));
        stream.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan()));
    }

    private static ManifestWordBands? WordBandsManifest(WordFrequencies frequencies) =>
        frequencies.Count == 0 ? null : new ManifestWordBands(frequencies.Count, WordBandsSha256(frequencies.Keys, frequencies.Bands));

    private static WordFrequencies ReadWordBands(ZipArchive zip, string path, ManifestWordBands? manifest)
    {
        var entry = zip.GetEntry(WordBandsEntry);
        if (manifest is null)
            return entry is null ? WordFrequencies.None : throw Problem(path, $"it holds {WordBandsEntry} but {ManifestEntry} does not describe it");
        if (entry is null) throw Problem(path, $"it holds no {WordBandsEntry}");
        if (manifest.Entries < 1 || entry.Length != 5L * manifest.Entries)
            throw Problem(path, $"{WordBandsEntry} holds {entry.Length} bytes; {manifest.Entries} entries need {5L * manifest.Entries}");
        var keys = new uint[manifest.Entries];
        var bands = new byte[manifest.Entries];
        using (var stream = entry.Open())
        {
            stream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
            stream.ReadExactly(bands);
        }

        if (!string.Equals(WordBandsSha256(keys, bands), manifest.Sha256, StringComparison.OrdinalIgnoreCase))
            throw Problem(path, $"{WordBandsEntry} does not match the SHA-256 in {ManifestEntry}: the file is damaged or was altered");
        try
        {
            return new WordFrequencies(keys, bands);
        }
        catch (ArgumentException e)
        {
            throw Problem(path, $"{WordBandsEntry} is not a valid word band table ({e.Message})", e);
        }
    }

    /// <summary>
    /// What reading a damaged zip can throw, as opposed to the file being missing or unreadable: a bad header may
    /// surface as an I/O or argument error from inside the zip reader, not only as invalid data.
    /// </summary>
    private static bool IsDamage(Exception e) =>
        e is InvalidDataException or EndOfStreamException or NotSupportedException or ArgumentException or OverflowException
        || e is IOException and not (FileNotFoundException or DirectoryNotFoundException);

    private static string WeightsSha256(ReadOnlySpan<float> biases, ReadOnlySpan<float> weights) =>
        Sha256(MemoryMarshal.AsBytes(biases), MemoryMarshal.AsBytes(weights));

    private static string WordBandsSha256(ReadOnlySpan<uint> keys, ReadOnlySpan<byte> bands) => Sha256(MemoryMarshal.AsBytes(keys), bands);

    /// <summary>The SHA-256 of an entry written in two parts, as lower-case hex.</summary>
    private static string Sha256(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(first);
        hash.AppendData(second);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static bool AllFinite(ReadOnlySpan<float> values)
    {
        foreach (var value in values)
            if (!float.IsFinite(value)) return false;
        return true;
    }

    private static ModelFormatException Problem(string path, string problem, Exception? inner = null) => new($"{path}: {problem}.", inner);

    private static void EnsureLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
            throw new PlatformNotSupportedException("Model archives store little-endian floats; this machine is big-endian.");
    }
}
