using System.Data.Common;
using Npgsql;

namespace Etiquette.Api.Storage;

/// <summary>PostgreSQL, for several service instances sharing one store.</summary>
public sealed class PostgresFeedbackDatabase(string connectionString) : FeedbackDatabase
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public override string Provider => "postgresql";

    public override IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE feedback (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            received_at TIMESTAMPTZ NOT NULL,
            rule_id TEXT NOT NULL,
            span_start INTEGER NOT NULL,
            span_length INTEGER NOT NULL,
            action TEXT NOT NULL,
            comment TEXT NULL,
            text TEXT NULL,
            profile TEXT NULL,
            client TEXT NULL);
        CREATE INDEX feedback_rule_id ON feedback (rule_id, id);
        """,
    ];

    public override DbConnection CreateConnection() => _dataSource.CreateConnection();

    public override bool IsTransient(Exception exception) => exception is NpgsqlException { IsTransient: true };

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
