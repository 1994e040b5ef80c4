using Etiquette.Api.Options;
using Etiquette.Core.Classification;
using Microsoft.Extensions.Options;

namespace Etiquette.Api.Classification;

/// <summary>
/// The classifier the service answers with, loaded once at start. When the model file is missing or rejected, there is
/// none, and <see cref="Status"/> says why: the service still answers, from the rules alone.
/// </summary>
public sealed partial class ModelHost(IModelLoader loader, IOptions<EtiquetteOptions> options, IHostEnvironment environment, ILogger<ModelHost> logger)
{
    private volatile LoadedModel _model = new(null, new ModelStatus(null, true, "The model has not been loaded yet; only the rules ran."));

    public IDraftClassifier? Classifier => _model.Classifier;

    /// <summary>The loaded model's version, or why there is none.</summary>
    public ModelStatus Status => _model.Status;

    public void Load()
    {
        var configured = options.Value.ModelPath;
        var path = Path.GetFullPath(configured, environment.ContentRootPath);
        if (!File.Exists(path))
        {
            _model = Degraded($"There is no model file at '{configured}'; only the rules ran.");
            return;
        }

        try
        {
            var classifier = loader.Load(path);
            _model = new LoadedModel(classifier, new ModelStatus(classifier.ModelVersion, false));
            LogLoaded(logger, classifier.ModelVersion);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The message names the file's problem (corrupt, wrong format); a bad model never stops the service.
            _model = Degraded($"The model file '{configured}' was rejected ({e.Message}); only the rules ran.");
        }
    }

    private LoadedModel Degraded(string reason)
    {
        LogDegraded(logger, reason);
        return new LoadedModel(null, new ModelStatus(null, true, reason));
    }

    private sealed record LoadedModel(IDraftClassifier? Classifier, ModelStatus Status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Classifier model {Version} loaded")]
    private static partial void LogLoaded(ILogger logger, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Running on the rules alone: {Reason}")]
    private static partial void LogDegraded(ILogger logger, string reason);
}
