namespace QommerceHub.ServiceDefaults.Tenancy;

/// <summary>
/// A row that belongs to one store. <see cref="Data.ServiceDbContext"/> gives every such entity the query filter
/// "this store's rows only", so a new entity cannot forget it.
/// </summary>
public interface ITenantOwned
{
    int TenantId { get; }
}
