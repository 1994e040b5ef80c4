namespace Etiquette.Client;

/// <summary>Where the service is, the key to use, and how hard to try.</summary>
public sealed class EtiquetteClientOptions
{
    /// <summary>The service's address, e.g. <c>http://localhost:5080/</c>.</summary>
    public Uri BaseAddress { get; set; } = new("http://localhost:5080/");

    /// <summary>Sent as <c>X-Api-Key</c> when set.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The time limit of one attempt.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of an idempotent call (lint, batch, fix, rules) after a network error, a timeout, a 429 or a 5xx.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first back-off; later ones grow exponentially, with jitter. A 429's <c>Retry-After</c> wins.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The share of failed attempts, within <see cref="SamplingDuration"/>, that stops calls for <see cref="BreakDuration"/>.</summary>
    public double FailureRatio { get; set; } = 0.5;

    public int MinimumThroughput { get; set; } = 10;

    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
