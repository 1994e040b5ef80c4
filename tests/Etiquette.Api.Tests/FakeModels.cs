using Etiquette.Api.Classification;
using Etiquette.Core.Classification;
using Etiquette.Core.Text;

namespace Etiquette.Api.Tests;

/// <summary>Stand-ins for the learning library: a classifier whose behaviour the test picks, and a loader of "model files".</summary>
public static class FakeModels
{
    public const string ValidModel = "fake model v7";
    public const string Version = "test-model-7";

    private static readonly ClassifierHead Tone = new("tone", ["polite", "neutral", "rude"]);

    /// <summary>Every sentence and the draft are 80 % polite.</summary>
    public static DraftClassification Polite(DraftText draft)
    {
        float[] scores = [0.8f, 0.15f, 0.05f];
        var sentences = new float[draft.Sentences.Length * scores.Length];
        for (var s = 0; s < sentences.Length; s += scores.Length) scores.CopyTo(sentences, s);
        return new DraftClassification([Tone], sentences, scores);
    }

    public sealed class Classifier(Func<DraftText, CancellationToken, DraftClassification> classify) : IDraftClassifier
    {
        public string ModelVersion => Version;

        public int Calls;

        public DraftClassification Classify(DraftText draft, CancellationToken cancellation = default)
        {
            Interlocked.Increment(ref Calls);
            return classify(draft, cancellation);
        }
    }

    public static Classifier Working() => new((draft, _) => Polite(draft));

    public static Classifier Throwing() => new((_, _) => throw new InvalidOperationException("the weights are gone"));

    /// <summary>Slower than any time limit a test sets, but honours cancellation between sentences as the contract says.</summary>
    public static Classifier Slow() => new((draft, cancellation) =>
    {
        cancellation.WaitHandle.WaitOne(TimeSpan.FromSeconds(5));
        cancellation.ThrowIfCancellationRequested();
        return Polite(draft);
    });

    /// <summary>Loads a file holding <see cref="ValidModel"/>; any other content is a corrupt archive, as ModelArchive.Load says.</summary>
    public sealed class Loader(IDraftClassifier classifier) : IModelLoader
    {
        public IDraftClassifier Load(string path) =>
            File.ReadAllText(path) == ValidModel ? classifier : throw new InvalidDataException("the archive's manifest is unreadable");
    }
}
