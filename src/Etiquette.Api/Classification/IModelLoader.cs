using Etiquette.Core.Classification;

namespace Etiquette.Api.Classification;

/// <summary>Opens a classifier model archive; throws when the file is missing, corrupt or of another format.</summary>
public interface IModelLoader
{
    IDraftClassifier Load(string path);
}

/// <summary>
/// The loader used until the learning library is wired in: it loads nothing, so the service runs on the rules alone
/// and says so (degraded).
/// </summary>
public sealed class NoModelLoader : IModelLoader
{
    public IDraftClassifier Load(string path) =>
        throw new NotSupportedException("no model loader is installed in this build");
}
