namespace RoleCall.Web.Pages.Portal;

/// <summary>
/// The portal's additions to the console's stylesheet: the account list and the dialog's tabs, which are radio
/// buttons and CSS (`:checked ~ panel`), so switching tabs works without JavaScript.
/// </summary>
public static class PortalStyles
{
    public const string Css = """
        details.accounts > summary, details.account > summary { cursor: pointer; padding: 8px; background: #fff; border: 1px solid #d5dbdb; margin-top: 6px; }
        details.accounts > summary { font-size: 18px; font-weight: bold; }
        details.account { margin-left: 18px; }
        .account-meta { color: #545b64; font-size: 13px; margin-left: 8px; }
        ul.sets { list-style: none; background: #fff; border: 1px solid #d5dbdb; border-top: none; margin: 0; padding: 6px 12px; }
        ul.sets li { padding: 6px 0; border-bottom: 1px solid #eaeded; }
        ul.sets li:last-child { border-bottom: none; }
        .set-name { font-weight: 600; display: inline-block; min-width: 220px; }
        ul.sets a { margin-left: 16px; }
        .dialog h3 { margin-bottom: 4px; }
        .tabs > input[type=radio] { position: absolute; opacity: 0; width: 1px; height: 1px; }
        .tabs > label { display: inline-block; margin: 0; padding: 6px 14px; border: 1px solid #aab7b8; border-bottom: none; cursor: pointer; background: #f2f3f3; font-weight: normal; }
        .tabs > .panel { display: none; border-top: 1px solid #aab7b8; padding-top: 4px; }
        #tab-unix:checked + label, #tab-windows:checked + label, #tab-powershell:checked + label { background: #fff; font-weight: 600; }
        #tab-unix:checked ~ .panel-unix, #tab-windows:checked ~ .panel-windows, #tab-powershell:checked ~ .panel-powershell { display: block; }
        .copy { margin: 0 0 4px; }
        .dialog pre { white-space: pre-wrap; word-break: break-all; }
        dl.values dt { font-weight: 600; margin-top: 6px; }
        dl.values dd { margin: 2px 0 0; font-family: monospace; word-break: break-all; }
        """;
}
