namespace RoleCall.Web.Pages;

/// <summary>The console's one stylesheet, inlined in every page (no second request, no external file).</summary>
public static class Styles
{
    public const string Css = """
        body { font-family: system-ui, sans-serif; margin: 0; color: #16191f; background: #f2f3f3; }
        header { display: flex; justify-content: space-between; align-items: center; background: #232f3e; color: #fff; padding: 8px 16px; }
        header a.brand { color: #fff; font-weight: bold; text-decoration: none; }
        details.menu { position: relative; }
        details.menu summary { cursor: pointer; font-weight: bold; color: #16191f; padding: 4px 10px; border-radius: 4px; list-style: none; }
        .menu-body { position: absolute; right: 0; background: #fff; color: #16191f; border: 1px solid #aab7b8; padding: 10px; min-width: 280px; z-index: 2; }
        .menu-body a, .menu-body button.link { display: block; margin: 6px 0; }
        nav { background: #fff; padding: 8px 16px; border-bottom: 1px solid #d5dbdb; }
        nav a { margin-right: 16px; }
        main { padding: 16px 24px; max-width: 1100px; }
        table { border-collapse: collapse; background: #fff; width: 100%; margin: 8px 0 16px; }
        th, td { border: 1px solid #d5dbdb; padding: 6px 8px; text-align: left; font-size: 14px; }
        label { display: block; margin: 10px 0 4px; font-weight: 600; }
        input[type=text], input[type=password], select { padding: 6px; width: 320px; }
        button { padding: 6px 14px; margin-top: 10px; }
        button.link { background: none; border: none; color: #0073bb; padding: 0; cursor: pointer; font-size: inherit; }
        .swatch { display: inline-block; color: #16191f; padding: 2px 8px; border-radius: 3px; margin-right: 10px; }
        .menu-body button.swatch { display: inline-block; }
        .error { background: #fde8e8; border: 1px solid #d13212; padding: 10px; margin-bottom: 12px; }
        .notice { background: #e6f2e6; border: 1px solid #1d8102; padding: 10px; margin-bottom: 12px; }
        .dialog { background: #fff; border: 2px solid #ec7211; padding: 14px; margin: 12px 0; }
        .card { background: #fff; border: 1px solid #d5dbdb; padding: 14px; margin: 12px 0; }
        pre { background: #fff; border: 1px solid #d5dbdb; padding: 10px; overflow: auto; }
        code { font-size: 14px; }
        """;
}
