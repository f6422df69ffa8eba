import { Outlet, useLocation } from "react-router";
import "./Main.css";
import { AppLayout } from "./layout/AppLayout";
import { PublicLayout } from "./layout/PublicLayout";
import { isAppPath } from "./navigation";

export function App() {
  const { pathname } = useLocation();
  const Layout = isAppPath(pathname) ? AppLayout : PublicLayout;
  return (
    <Layout>
      <Outlet />
    </Layout>
  );
}
