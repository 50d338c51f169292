using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace QommerceHub.ServiceDefaults.Data;

/// <summary>
/// Exact row counts per tenant without counting rows on every list request: a <c>{table}_counts</c> table kept by
/// statement-level triggers in the same transaction as each insert, delete or change of the key column (a soft-delete
/// flag, a status), so a total read from it is exact the moment the change commits, whatever code path made it.
/// </summary>
public static class TenantRowCounts
{
    /// <summary>
    /// How many rows of counts a tenant's key is spread over once <see cref="SpreadCountsOverSlots"/> has run: each
    /// change adds to the slot of its database session, so concurrent orders no longer queue for one hot row.
    /// </summary>
    public const int Slots = 32;

    /// <summary>Creates the counts table (with row-level security), its triggers, and counts the rows already there.</summary>
    /// <param name="key">What a row is counted under, as SQL over <c>{row}</c>: <c>{row}.status</c>, <c>{row}.deleted_at IS NULL</c>.</param>
    public static void CountRowsPerTenant(this MigrationBuilder migrationBuilder, string schema, string table, string key)
    {
        var counts = $"\"{schema}\".\"{table}_counts\"";
        var source = $"\"{schema}\".\"{table}\"";
        migrationBuilder.Sql($"""
            CREATE TABLE {counts} (
                tenant_id integer NOT NULL,
                key text NOT NULL,
                rows bigint NOT NULL,
                PRIMARY KEY (tenant_id, key));

            {CountFunction(schema, table, key, slotted: false)}
            """);
        // A transition table is named per trigger, so each event gets its own; the function reads only those it has.
        var function = $"\"{schema}\".\"count_{table}\"";
        migrationBuilder.Sql($"""
            CREATE TRIGGER {table}_counted_insert AFTER INSERT ON {source}
                REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {function}();
            CREATE TRIGGER {table}_counted_update AFTER UPDATE ON {source}
                REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {function}();
            CREATE TRIGGER {table}_counted_delete AFTER DELETE ON {source}
                REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION {function}();

            -- The rows already there, read past row-level security (as owner, for this statement only).
            ALTER TABLE {source} NO FORCE ROW LEVEL SECURITY;
            INSERT INTO {counts} (tenant_id, key, rows) SELECT tenant_id, {KeyOf(key, source)}, count(*) FROM {source} GROUP BY 1, 2;
            ALTER TABLE {source} FORCE ROW LEVEL SECURITY;
            """);
        migrationBuilder.EnableTenantRowLevelSecurity(schema, table + "_counts");
    }

    /// <summary>
    /// Turns one counts row per tenant and key into up to <see cref="Slots"/>: a change adds to the slot of its
    /// session (<c>pg_backend_pid()</c>), and a total sums the slots, so it stays exact. With one row, every
    /// order placement held that row's lock from its insert to its commit and placements queued behind each other.
    /// </summary>
    public static void SpreadCountsOverSlots(this MigrationBuilder migrationBuilder, string schema, string table, string key)
    {
        var counts = $"\"{schema}\".\"{table}_counts\"";
        migrationBuilder.Sql($"""
            ALTER TABLE {counts} ADD COLUMN slot smallint NOT NULL DEFAULT 0;
            ALTER TABLE {counts} DROP CONSTRAINT "{table}_counts_pkey";
            ALTER TABLE {counts} ADD PRIMARY KEY (tenant_id, key, slot);

            {CountFunction(schema, table, key, slotted: true)}
            """);
    }

    /// <summary>Undoes <see cref="SpreadCountsOverSlots"/>: one counts row per tenant and key again, holding the slots' sum.</summary>
    public static void GatherCountsFromSlots(this MigrationBuilder migrationBuilder, string schema, string table, string key)
    {
        var counts = $"\"{schema}\".\"{table}_counts\"";
        migrationBuilder.Sql($"""
            CREATE TEMPORARY TABLE gathered_counts ON COMMIT DROP AS
                SELECT tenant_id, key, sum(rows)::bigint AS rows FROM {counts} GROUP BY 1, 2;
            DELETE FROM {counts};
            ALTER TABLE {counts} DROP CONSTRAINT "{table}_counts_pkey";
            ALTER TABLE {counts} DROP COLUMN slot;
            ALTER TABLE {counts} ADD PRIMARY KEY (tenant_id, key);
            INSERT INTO {counts} (tenant_id, key, rows) SELECT tenant_id, key, rows FROM gathered_counts;

            {CountFunction(schema, table, key, slotted: false)}
            """);
    }

    /// <summary>The trigger function: adds each statement's changes per tenant and key to the counts.</summary>
    private static string CountFunction(string schema, string table, string key, bool slotted)
    {
        var counts = $"\"{schema}\".\"{table}_counts\"";
        var (slotColumn, slotValue, conflict) = slotted
            ? (", slot", $", (pg_backend_pid() % {Slots})::smallint", "(tenant_id, key, slot)")
            : ("", "", "(tenant_id, key)");
        return $"""
            CREATE OR REPLACE FUNCTION "{schema}"."count_{table}"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                -- Each branch reads only the transition tables its event has.
                IF TG_OP = 'INSERT' THEN
                    INSERT INTO {counts} AS c (tenant_id, key{slotColumn}, rows)
                    SELECT tenant_id, {KeyOf(key, "new_rows")}{slotValue}, count(*) FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
                    ON CONFLICT {conflict} DO UPDATE SET rows = c.rows + EXCLUDED.rows;
                ELSIF TG_OP = 'DELETE' THEN
                    INSERT INTO {counts} AS c (tenant_id, key{slotColumn}, rows)
                    SELECT tenant_id, {KeyOf(key, "old_rows")}{slotValue}, -count(*) FROM old_rows GROUP BY 1, 2 ORDER BY 1, 2
                    ON CONFLICT {conflict} DO UPDATE SET rows = c.rows + EXCLUDED.rows;
                ELSE
                    -- Only rows whose key changed move between counts: other updates (stock, prices) lock nothing here.
                    INSERT INTO {counts} AS c (tenant_id, key{slotColumn}, rows)
                    SELECT tenant_id, key{slotValue}, sum(delta) FROM (
                        SELECT n.tenant_id, {KeyOf(key, "n")} AS key, 1 AS delta
                        FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE {KeyOf(key, "o")} IS DISTINCT FROM {KeyOf(key, "n")}
                        UNION ALL
                        SELECT o.tenant_id, {KeyOf(key, "o")}, -1
                        FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE {KeyOf(key, "o")} IS DISTINCT FROM {KeyOf(key, "n")}
                    ) changes
                    GROUP BY tenant_id, key
                    HAVING sum(delta) <> 0
                    ORDER BY 1, 2 -- counts rows are locked in one order, so two changes never deadlock on them
                    ON CONFLICT {conflict} DO UPDATE SET rows = c.rows + EXCLUDED.rows;
                END IF;
                RETURN NULL;
            END $$;
            """;
    }

    private static string KeyOf(string key, string row) => "(" + key.Replace("{row}", row, StringComparison.Ordinal) + ")::text";

    /// <summary>The tenant's rows whose key is one of <paramref name="keys"/>; row-level security guards the read too.</summary>
    public static async Task<int> ReadAsync(DbContext db, string schema, string table, int tenantId, string[] keys, CancellationToken cancellationToken)
    {
#pragma warning disable EF1002 // Schema and table are the caller's constants; the values are parameters.
        var total = await db.Database
            .SqlQueryRaw<long>($"SELECT coalesce(sum(rows), 0)::bigint AS \"Value\" FROM \"{schema}\".\"{table}_counts\" WHERE tenant_id = {{0}} AND key = ANY({{1}})", tenantId, keys)
            .SingleAsync(cancellationToken);
#pragma warning restore EF1002
        return (int)total;
    }
}
