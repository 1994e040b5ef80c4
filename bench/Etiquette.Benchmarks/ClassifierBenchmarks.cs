using BenchmarkDotNet.Attributes;
using Etiquette.Core.Text;
using Etiquette.Learning;

namespace Etiquette.Benchmarks;

/// <summary>
/// The classifier over a ~300-character draft, sentence by sentence as the analyzers ask for it, against featurising
/// the same sentences alone as the in-run baseline, with the shipped model.
/// </summary>
[MemoryDiagnoser]
public class ClassifierBenchmarks
{
    private readonly float[] _scores = new float[8];
    private readonly SparseVector _features = new();
    private TrainedModel _model = null!;
    private TextFeaturizer _featurizer = null!;
    private (int Start, int Length)[] _sentences = [];

    [GlobalSetup]
    public void Setup()
    {
        _model = ModelArchive.Load(ShippedModel.Path);
        _featurizer = new TextFeaturizer(_model.Options.Featurizer, _model.Options.WordFrequencies);
        _sentences = [.. DraftText.Analyze(Drafts.Medium).Sentences.Select(s => (s.Start, s.Length))];
    }

    [Benchmark(Baseline = true)]
    public int FeaturizePerSentence()
    {
        var features = 0;
        foreach (var (start, length) in _sentences)
        {
            _featurizer.Featurize(Drafts.Medium.AsSpan(start, length), _features);
            features += _features.Count;
        }

        return features;
    }

    [Benchmark]
    public float PredictPerSentence()
    {
        var polite = 0f;
        foreach (var (start, length) in _sentences)
        {
            _model.Predict(Drafts.Medium.AsSpan(start, length), _scores);
            polite += _scores[0];
        }

        return polite;
    }

    [Benchmark]
    public float PredictWholeDraft()
    {
        _model.Predict(Drafts.Medium, _scores);
        return _scores[0];
    }
}

/// <summary>Loading the shipped model: unzip, verify the SHA-256, lay out the weights (target ≤ 500 ms).</summary>
[MemoryDiagnoser]
public class ModelLoadBenchmarks
{
    [Benchmark]
    public TrainedModel Load() => ModelArchive.Load(ShippedModel.Path);
}

/// <summary>The shipped model file, found from the repository root (the folder holding Etiquette.sln).</summary>
public static class ShippedModel
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Etiquette.sln")))
                return System.IO.Path.Combine(dir.FullName, "models", "etiquette-model.zip");
        throw new InvalidOperationException("Etiquette.sln not found above the benchmark program.");
    }
}
