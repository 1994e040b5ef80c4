using System.Data.Common;

namespace Etiquette.Api.Storage;

/// <summary>
/// One kind of database the feedback store can use: how to connect, and the schema as numbered migrations (the first
/// is version 1). The store's SQL is written to run on every kind.
/// </summary>
public abstract class FeedbackDatabase : IAsyncDisposable
{
    /// <summary>Shown by <c>/health/ready</c>.</summary>
    public abstract string Provider { get; }

    public abstract IReadOnlyList<string> Migrations { get; }

    public abstract DbConnection CreateConnection();

    /// <summary>Whether a failure may go away if the call is made again (the database was busy, a connection dropped).</summary>
    public abstract bool IsTransient(Exception exception);

    /// <summary>Set-up before the schema is migrated, such as creating the database's folder.</summary>
    public virtual Task PrepareAsync(CancellationToken cancellation) => Task.CompletedTask;

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
