using Etiquette.Core.Classification;
using Etiquette.Core.Text;
using Etiquette.Learning;

namespace Etiquette.Api.Classification;

/// <summary>Opens a classifier model archive; throws when the file is missing, corrupt or of another format.</summary>
public interface IModelLoader
{
    IDraftClassifier Load(string path);
}

/// <summary>
/// Loads the learning library's model archives (SHA-256 verified; a damaged file throws <see cref="ModelFormatException"/>)
/// and classifies a sample draft before handing the model over: the first classification compiles the featurizer and
/// the model's code, which on a busy machine took longer than the service's per-request time limit, so the first lints
/// after a start were answered degraded.
/// </summary>
public sealed class ArchiveModelLoader : IModelLoader
{
    private static readonly DraftText WarmUpDraft = DraftText.Analyze("Hi Sam, thanks for waiting! Your refund of £42.50 is on its way 😀");

    public IDraftClassifier Load(string path)
    {
        var classifier = new SentenceClassifier(ModelArchive.Load(path));
        classifier.Classify(WarmUpDraft);
        return classifier;
    }
}
