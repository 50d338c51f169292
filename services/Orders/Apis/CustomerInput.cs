using QommerceHub.Orders.Apis.Dtos;
using QommerceHub.Orders.Model;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Orders.Apis;

/// <summary>
/// Checks and tidies a customer body as the original did: a name of 2–200 characters and an email are required;
/// phone and address are optional, trimmed, and cleared by an empty string.
/// </summary>
internal static class CustomerInput
{
    public static FieldErrors ValidateCreate(CustomerRequest request) =>
        Validate(request, nameRequired: true);

    public static FieldErrors ValidateUpdate(CustomerRequest request)
    {
        if (request is { Name: null, Email: null, Phone: null, Address: null })
            return new FieldErrors().Add("body", "Send at least one of name, email, phone or address");
        return Validate(request, nameRequired: false);
    }

    public static CustomerFields Fields(CustomerRequest request) => new(request.Name, request.Email, request.Phone, request.Address);

    private static FieldErrors Validate(CustomerRequest request, bool nameRequired)
    {
        var errors = new FieldErrors();
        if (request.Name is not null || nameRequired)
        {
            if (string.IsNullOrWhiteSpace(request.Name)) errors.Add("name", "Name is required");
            else errors.Text("name", request.Name.Trim(), CustomerRules.NameMin, CustomerRules.NameMax);
        }
        if (request.Email is not null || nameRequired) errors.Email("email", CustomerFields.Optional(request.Email));
        if (CustomerFields.Optional(request.Phone) is { } phone)
        {
            if (phone.Length > CustomerRules.PhoneMax) errors.Add("phone", $"Phone must be at most {CustomerRules.PhoneMax} characters");
            else if (!CustomerRules.IsPhone(phone)) errors.Add("phone", "Phone may contain only digits, spaces and + - ( ) .");
        }
        if (CustomerFields.Optional(request.Address) is { } address) errors.Text("address", address, 1, CustomerRules.AddressMax);
        return errors;
    }
}
