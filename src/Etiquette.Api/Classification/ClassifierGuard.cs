using Etiquette.Api.Options;
using Etiquette.Core.Classification;
using Etiquette.Core.Engine;
using Etiquette.Core.Text;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Etiquette.Api.Classification;

/// <summary>
/// Runs the classifier inside a Polly pipeline: a circuit breaker around a timeout. A classification that fails, takes
/// too long, or is refused while the circuit is open leaves the draft to the rules alone, and the answer says
/// <c>degraded</c> and why; so does <c>/health/ready</c>.
/// </summary>
public sealed partial class ClassifierGuard
{
    private readonly ModelHost _model;
    private readonly ClassifierOptions _options;
    private readonly ResiliencePipeline _pipeline;
    private readonly CircuitBreakerStateProvider _circuit = new();
    private readonly ILogger<ClassifierGuard> _logger;
    private volatile ModelStatus? _lastFailure;

    public ClassifierGuard(ModelHost model, IOptions<EtiquetteOptions> options, ILogger<ClassifierGuard> logger, TimeProvider time)
    {
        _model = model;
        _options = options.Value.Classifier;
        _logger = logger;
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = _options.FailureRatio,
                MinimumThroughput = _options.MinimumThroughput,
                SamplingDuration = _options.SamplingDuration,
                BreakDuration = _options.BreakDuration,
                StateProvider = _circuit,
            })
            .AddTimeout(new TimeoutStrategyOptions { Timeout = _options.Timeout })
            .Build();
        Step = Classify;
    }

    /// <summary>The step the linter runs: made once, so a lint allocates no delegate.</summary>
    public ClassifierStep Step { get; }

    /// <summary>What <c>/health/ready</c> reports: the model, or why the service is on the rules alone.</summary>
    public ModelStatus Health
    {
        get
        {
            var loaded = _model.Status;
            if (_model.Classifier is null) return loaded;
            if (_circuit.CircuitState is CircuitState.Open or CircuitState.Isolated) return Degraded(loaded.Version, CircuitOpen);
            return _lastFailure ?? loaded;
        }
    }

    private string CircuitOpen =>
        $"The classifier failed too often and is left out for {_options.BreakDuration.TotalSeconds:0.#} s; only the rules ran.";

    private ClassifierOutcome Classify(DraftText draft)
    {
        var classifier = _model.Classifier;
        if (classifier is null) return new ClassifierOutcome(null, _model.Status);
        try
        {
            var classification = _pipeline.Execute(
                static (state, cancellation) => state.classifier.Classify(state.draft, cancellation), (classifier, draft));
            // Read before writing: every lint succeeds here, and an unconditional store would bounce the field's cache
            // line between the cores serving requests.
            if (_lastFailure is not null) _lastFailure = null;
            return new ClassifierOutcome(classification, _model.Status);
        }
        catch (BrokenCircuitException)
        {
            return Fail(classifier, CircuitOpen);
        }
        catch (TimeoutRejectedException)
        {
            return Fail(classifier, $"The classifier took longer than {_options.Timeout.TotalMilliseconds:0.#} ms; only the rules ran.");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogFailure(_logger, e.GetType().Name);
            return Fail(classifier, $"The classifier failed ({e.GetType().Name}); only the rules ran.");
        }
    }

    private ClassifierOutcome Fail(IDraftClassifier classifier, string reason)
    {
        var status = Degraded(classifier.ModelVersion, reason);
        _lastFailure = status;
        return new ClassifierOutcome(null, status);
    }

    private static ModelStatus Degraded(string? version, string reason) => new(version, true, reason);

    // The exception's message is not logged: a classifier may quote the text it was given.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Classifier failed with {ExceptionType}; answering from the rules alone")]
    private static partial void LogFailure(ILogger logger, string exceptionType);
}
