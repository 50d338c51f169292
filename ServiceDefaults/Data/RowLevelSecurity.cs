using Microsoft.EntityFrameworkCore.Migrations;

namespace QommerceHub.ServiceDefaults.Data;

public static class RowLevelSecurity
{
    /// <summary>
    /// Second guard behind the query filters: rows are visible only when their tenant_id equals
    /// <c>app.tenant_id</c>. FORCE makes the policy bind the owning service role too.
    /// </summary>
    public static void EnableTenantRowLevelSecurity(this MigrationBuilder migrationBuilder, string schema, string table)
    {
        migrationBuilder.Sql($"""
            ALTER TABLE "{schema}"."{table}" ENABLE ROW LEVEL SECURITY;
            ALTER TABLE "{schema}"."{table}" FORCE ROW LEVEL SECURITY;
            CREATE POLICY tenant_isolation ON "{schema}"."{table}"
                USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::int)
                WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::int);
            """);
    }
}
