using Etiquette.Api.Options;
using Etiquette.Api.Storage;
using Microsoft.Data.Sqlite;

namespace Etiquette.Api.Tests;

/// <summary>The store's migrations and its retry of transient failures, against a real SQLite file.</summary>
[TestClass]
public sealed class StorageTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task A_busy_database_is_retried_until_the_write_goes_through()
    {
        using var folder = new Folder();
        var store = await folder.Store(maxRetries: 6);

        var write = await WhileLocked(folder, TimeSpan.FromMilliseconds(2500), () => store.AddAsync(Entry(), TestContext.CancellationToken));

        Assert.IsTrue(write > 0);
        Assert.AreEqual(1, (await store.ListAsync(null, 10, TestContext.CancellationToken)).Count);
    }

    [TestMethod]
    public async Task Without_retries_a_busy_database_fails()
    {
        using var folder = new Folder();
        var store = await folder.Store(maxRetries: 0);

        var busy = await Assert.ThrowsExactlyAsync<SqliteException>(() =>
            WhileLocked(folder, TimeSpan.FromMilliseconds(2500), () => store.AddAsync(Entry(), TestContext.CancellationToken)));
        Assert.AreEqual(5, busy.SqliteErrorCode, "SQLITE_BUSY");
    }

    [TestMethod]
    public async Task Migrating_twice_keeps_the_data_and_the_file_is_in_wal_mode()
    {
        using var folder = new Folder();
        var store = await folder.Store(maxRetries: 0);
        await store.AddAsync(Entry(), TestContext.CancellationToken);
        await store.MigrateAsync(TestContext.CancellationToken);

        Assert.AreEqual(1, (await store.ListAsync("ETQ202", 10, TestContext.CancellationToken)).Count);
        Assert.AreEqual(0, (await store.ListAsync("ETQ203", 10, TestContext.CancellationToken)).Count);
        await using var connection = new SqliteConnection(folder.ConnectionString);
        await connection.OpenAsync(TestContext.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.AreEqual("wal", await command.ExecuteScalarAsync(TestContext.CancellationToken));
    }

    private static FeedbackEntry Entry() => new(DateTimeOffset.UtcNow, "ETQ202", 0, 3, "accepted", null, null, null, null);

    /// <summary>Runs <paramref name="write"/> while another connection holds the database's write lock for <paramref name="hold"/>.</summary>
    private static async Task<T> WhileLocked<T>(Folder folder, TimeSpan hold, Func<Task<T>> write)
    {
        await using var locker = new SqliteConnection(folder.ConnectionString);
        await locker.OpenAsync();
        await using (var begin = locker.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE";
            await begin.ExecuteNonQueryAsync();
        }

        var release = Task.Delay(hold).ContinueWith(_ =>
        {
            using var commit = locker.CreateCommand();
            commit.CommandText = "COMMIT";
            commit.ExecuteNonQuery();
        }, TaskScheduler.Default);
        try
        {
            return await write();
        }
        finally
        {
            await release;
        }
    }

    private sealed class Folder : IDisposable
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), "etiquette-store-" + Guid.NewGuid().ToString("N"));

        // A write waits for the lock at most a second before SQLite reports it busy.
        public string ConnectionString => $"Data Source={Path.Combine(_path, "feedback.db")};Default Timeout=1;Pooling=False";

        public async Task<FeedbackStore> Store(int maxRetries)
        {
            var options = new StorageOptions { ConnectionString = ConnectionString, MaxRetries = maxRetries, RetryDelay = TimeSpan.FromMilliseconds(100) };
            var store = new FeedbackStore(new SqliteFeedbackDatabase(ConnectionString, _path), options, TimeProvider.System);
            await store.MigrateAsync(CancellationToken.None);
            return store;
        }

        public void Dispose() => Directory.Delete(_path, recursive: true);
    }
}
