import { useEffect } from "react";
import { Outlet, useLocation } from "react-router";
import { reportPageView } from "../analytics/pageViews/reportPageView";
import "./Main.css";
import { AppLayout } from "./layout/AppLayout";
import { PublicLayout } from "./layout/PublicLayout";
import { isAppPath } from "./navigation";

export function App() {
  const { pathname, search } = useLocation();
  // Each page once, as it is shown (a new search on the same page is not a new view).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => reportPageView(pathname, search), [pathname]);
  const Layout = isAppPath(pathname) ? AppLayout : PublicLayout;
  return (
    <Layout>
      <Outlet />
    </Layout>
  );
}
