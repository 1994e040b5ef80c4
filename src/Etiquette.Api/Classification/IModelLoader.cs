using Etiquette.Core.Classification;
using Etiquette.Learning;

namespace Etiquette.Api.Classification;

/// <summary>Opens a classifier model archive; throws when the file is missing, corrupt or of another format.</summary>
public interface IModelLoader
{
    IDraftClassifier Load(string path);
}

/// <summary>Loads the learning library's model archives (SHA-256 verified; a damaged file throws <see cref="ModelFormatException"/>).</summary>
public sealed class ArchiveModelLoader : IModelLoader
{
    public IDraftClassifier Load(string path) => new SentenceClassifier(ModelArchive.Load(path));
}
