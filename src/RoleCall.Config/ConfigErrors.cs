using RoleCall.Core.Errors;

namespace RoleCall.Config;

/// <summary>
/// Every configuration error the config layer raises, one line each, naming the file and line or the
/// profile, with a hint. Other projects may reuse them (ProfileNotFound for a missing source_profile).
/// </summary>
public static class ConfigErrors
{
    private const string BotocoreAgrees = "the AWS CLI rejects this file too; fix or remove that line";

    public static ConfigurationException PropertyBeforeSection(string path, int line) =>
        new($"Unable to parse config file: {path}:{line}: a setting appears before any [section] header",
            "put it under a section such as [default] or [profile NAME]; " + BotocoreAgrees);

    public static ConfigurationException MalformedLine(string path, int line) =>
        new($"Unable to parse config file: {path}:{line}: expected `[section]`, `key = value` or an indented continuation",
            BotocoreAgrees);

    public static ConfigurationException MissingKey(string path, int line) =>
        new($"Unable to parse config file: {path}:{line}: `= value` has no key name", BotocoreAgrees);

    public static ConfigurationException DuplicateSection(string path, int line, string header, int firstLine) =>
        new($"Unable to parse config file: {path}:{line}: section [{header}] already appeared on line {firstLine}",
            "merge the two sections into one; the AWS CLI rejects duplicate sections");

    public static ConfigurationException DuplicateKey(string path, int line, string header, string key, int firstLine) =>
        new($"Unable to parse config file: {path}:{line}: key '{key}' in section [{header}] already set on line {firstLine}",
            "keep one of the two lines; the AWS CLI rejects duplicate keys in a section");

    public static ConfigurationException NestedLineWithoutEquals(string path, int line) =>
        new($"Unable to parse config file: {path}:{line}: an indented sub-setting needs the form `name = value`",
            BotocoreAgrees);

    public static ConfigurationException NotUtf8(string path) =>
        new($"Unable to parse config file: {path}: the file is not valid UTF-8 text",
            "save it as UTF-8 (without a byte-order mark); the AWS CLI rejects it too");

    public static ConfigurationException Unreadable(string path, string reason, Exception? inner = null) =>
        new($"Unable to read config file: {path}: {reason}", "check the file's permissions and that it is a regular file", inner);

    /// <summary>In botocore's words and with the AWS CLI v2's exit code (255), as the AWS CLI prints it (issue 16).</summary>
    public static AwsCliMessageException ProfileNotFound(string profile, string configFile, string credentialsFile) =>
        AwsCliMessageException.ProfileNotFound(profile,
            $"define [profile {profile}] in {configFile} or [{profile}] in {credentialsFile}; `rolecall configure list-profiles` lists the profiles");

    public static ConfigurationException InvalidProfileName(string profile, string reason) =>
        new($"Invalid profile name '{profile}': {reason}", "use letters, digits and - _ . @ + : / % in profile names");

    public static ConfigurationException InvalidValue(string key, string reason) =>
        new($"Invalid value for key {key}: {reason}", "give the value on one line");

    public static ConfigurationException WriteFailed(string path, string reason, Exception? inner = null) =>
        new($"Unable to write config file: {path}: {reason}",
            "the file was left unchanged; check that its directory exists and is writable", inner);

    public static ConfigurationException LockTimeout(string path) =>
        new($"Unable to write config file: {path}: another process held its lock for too long",
            "retry when the other `rolecall configure set` has finished");

    public static ConfigurationException MissingServicesSection(string profile, string servicesName) =>
        new($"The profile ({profile}) is configured to use the services section but the \"{servicesName}\" services configuration does not exist.",
            $"add a [services {servicesName}] section to the config file or remove `services` from the profile");

    public static ConfigurationException InvalidKey(string key) =>
        new($"Invalid key name '{key.ReplaceLineEndings(" ")}': a key cannot be empty, contain '=', ':' or a line break, or start with '[', '#' or ';'",
            "use the setting's documented name, e.g. region or s3.max_concurrent_requests");

    public static ConfigurationException EditNotReadBack(string path) =>
        new($"Unable to write config file: {path}: the edited file would not read back with the new value",
            "the file was left unchanged; please report this with the file's layout (not its secrets)");
}
