namespace QommerceHub.ServiceDefaults.Tenancy;

/// <summary>
/// An entity with a <c>TenantId</c> that is deliberately read across stores (sign-in by email, a background sender),
/// so it gets no automatic query filter. The reason is required: the model refuses a <c>TenantId</c> that is neither
/// <see cref="ITenantOwned"/> nor marked with this.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NotTenantFilteredAttribute(string reason) : Attribute
{
    public string Reason => reason;
}
