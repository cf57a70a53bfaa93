using System.Text.Json.Nodes;
using System.Xml;
using RoleCall.IdentityCenter.Model;

namespace RoleCall.IdentityCenter.Admin;

/// <summary>Permission sets as sso-admin renders them, and their ISO 8601 session duration.</summary>
internal static class PermissionSetShapes
{
    public static JsonObject PermissionSet(PermissionSet set)
    {
        var json = new JsonObject { ["Name"] = set.Name, ["PermissionSetArn"] = set.Arn };
        if (set.Description is not null)
        {
            json["Description"] = set.Description;
        }

        json["CreatedDate"] = Epoch(set.CreatedDate);
        json["SessionDuration"] = set.SessionDuration;
        if (set.RelayState is not null)
        {
            json["RelayState"] = set.RelayState;
        }

        return json;
    }

    /// <summary>JSON protocols carry timestamps as epoch seconds (botocore reads a number as a timestamp).</summary>
    public static double Epoch(DateTimeOffset time) => time.ToUnixTimeMilliseconds() / 1000.0;

    /// <summary>A duration from `PT1H` to `PT12H`, as AWS allows; the text as given is kept.</summary>
    public static string Duration(string? text)
    {
        if (text is null)
        {
            return "PT1H";
        }

        TimeSpan value;
        try
        {
            value = XmlConvert.ToTimeSpan(text);
        }
        catch (FormatException)
        {
            throw IcErrors.Validation($"SessionDuration '{text}' is not an ISO 8601 duration such as PT8H.");
        }

        return value >= TimeSpan.FromHours(1) && value <= TimeSpan.FromHours(12)
            ? text
            : throw IcErrors.Validation("SessionDuration must be between PT1H and PT12H.");
    }

    public static TimeSpan Parse(string duration) => XmlConvert.ToTimeSpan(duration);
}
