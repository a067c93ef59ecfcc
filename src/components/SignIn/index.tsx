/**
 * The sign-in screen exists only in the H5 build (index.h5.tsx: the desk's code and, in the
 * emulator, the demo picker). The mini-program is signed in by WeChat itself, so its build gets
 * this empty one and none of the desk's sign-in code reaches its main package.
 */
export default function SignInScreen() {
  return null
}
